package org.policykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.rdf.PKG;

/**
 * The store's IRIs, dereferenced: {@code /id/…} stands for {@code https://w3id.org/policykg/id/…}
 * and answers by content negotiation — Turtle to {@code Accept: text/turtle}, JSON-LD to
 * {@code application/ld+json}, N-Triples, and to a browser the explorer's page for the task or unit
 * (see {@link LocalPaths} for how a path is read back into an IRI).
 */
final class ResourceServlet extends ApiServlet {

    private static final AcceptList OFFERS = AcceptList.create("text/html", "text/turtle", "application/ld+json", "application/n-triples");

    private static final Map<String, String> FORMATS = Map.of(
            "ttl", "text/turtle", "jsonld", "application/ld+json", "nt", "application/n-triples");

    private final InternalQueries queries;
    private final Shell shell;

    ResourceServlet(InternalQueries queries, Shell shell) {
        this.queries = queries;
        this.shell = shell;
    }

    @Override
    void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String iri = queries.resolve(req.getRequestURI().substring(req.getContextPath().length()));
        resp.setHeader("Vary", "Accept");
        // ?format= serves the download links of a page, which cannot set an Accept header
        String accept = FORMATS.getOrDefault(String.valueOf(req.getParameter("format")), req.getHeader("Accept"));
        MediaType chosen = AcceptList.match(new AcceptList(accept == null || accept.isBlank() ? "text/html" : accept), OFFERS);
        if (chosen == null) {
            resp.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "offered: text/html, text/turtle, application/ld+json, application/n-triples");
            return;
        }
        if (chosen.getContentTypeStr().equals("text/html")) {
            shell.write(resp);
            return;
        }
        Model model = queries.construct("describe", Map.of("resource", ResourceFactory.createResource(iri)));
        if (model.isEmpty()) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "the store has nothing about " + iri);
            return;
        }
        Lang lang = switch (chosen.getContentTypeStr()) {
            case "application/ld+json" -> Lang.JSONLD;
            case "application/n-triples" -> Lang.NTRIPLES;
            default -> Lang.TURTLE;
        };
        model.setNsPrefix("pkg", PKG.NS);
        model.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        model.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        model.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        model.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, model, lang);
        resp.setContentType(chosen.getContentTypeStr() + "; charset=utf-8");
        if (req.getParameter("format") != null) Replies.attachment(resp, iri.substring(iri.lastIndexOf('/', iri.lastIndexOf('/') - 1) + 1).replace('/', '-') + "." + req.getParameter("format"));
        resp.getOutputStream().write(body.toByteArray());
    }
}
