package org.policykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.jgrapht.Graph;
import org.policykg.export.ExportEdge;
import org.policykg.export.ExportNode;
import org.policykg.export.GraphBuilder;
import org.policykg.export.GraphWriters;
import org.policykg.export.RdfExport;
import org.policykg.rdf.RdfFormat;

/**
 * {@code /api/export?scope=SCOPE&format=F}: the graph exports of {@code policykg export} for the
 * scope a page shows (a task's cascade, a unit), as a download.
 */
final class ExportServlet extends ApiServlet {

    private record Kind(String extension, String contentType) {}

    private static final Map<String, Kind> FORMATS = Map.of(
            "graphml", new Kind("graphml", "application/graphml+xml"),
            "gexf", new Kind("gexf", "application/gexf+xml"),
            "dot", new Kind("dot", "text/vnd.graphviz; charset=utf-8"),
            "cyjs", new Kind("cyjs", "application/json"),
            "ttl", new Kind("ttl", "text/turtle; charset=utf-8"),
            "trig", new Kind("trig", "application/trig"),
            "nq", new Kind("nq", "application/n-quads"),
            "jsonld", new Kind("jsonld", "application/ld+json"));

    private final Dataset dataset;

    ExportServlet(Dataset dataset) {
        this.dataset = dataset;
    }

    @Override
    void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String scope = required(req, "scope");
        String format = required(req, "format");
        Kind kind = FORMATS.get(format);
        if (kind == null) throw new IllegalArgumentException("unknown format '" + format + "': use " + String.join(", ", new java.util.TreeSet<>(FORMATS.keySet())));
        if (scope.equals("all") || scope.equals("unit-network")) {
            throw new IllegalArgumentException("the explorer exports a part of the store; for all of it use 'policykg export'");
        }
        // Build before answering, so a scope that selects nothing is a 400, not a broken download.
        Graph<ExportNode, ExportEdge> graph = new GraphBuilder(dataset).build(scope);
        resp.setContentType(kind.contentType());
        Replies.attachment(resp, scope.replaceAll("[:/]", "-") + "." + kind.extension());
        try (OutputStream out = new BufferedOutputStream(resp.getOutputStream())) {
            switch (format) {
                case "graphml" -> GraphWriters.graphml(graph, out);
                case "gexf" -> GraphWriters.gexf(graph, out);
                case "dot" -> GraphWriters.dot(graph, out);
                case "cyjs" -> GraphWriters.cyjs(graph, out);
                default -> new RdfExport(dataset).write(scope, RdfFormat.valueOf(format.toUpperCase()), out);
            }
        }
    }
}
