package org.policykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.query.QueryRunner;

/**
 * The SPARQL editor's endpoint ({@code /api/sparql}): a SELECT answers at most the row cap (the
 * editor says so and offers the download); {@code format=csv} gives every row as CSV with a UTF-8
 * BOM. Queries only: an update does not parse as a query. {@code /kg/sparql} stays the full endpoint.
 */
final class CappedSparqlServlet extends ApiServlet {

    private final Dataset dataset;
    private final int rowCap;

    CappedSparqlServlet(Dataset dataset, int rowCap) {
        this.dataset = dataset;
        this.rowCap = rowCap;
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Query query = QueryRunner.parse(required(req, "query"));
        if ("csv".equals(req.getParameter("format"))) {
            if (!query.isSelectType()) throw new IllegalArgumentException("only a SELECT query downloads as CSV");
            Replies.csv(resp, new QueryRunner(dataset).select(query, 0), "query");
            return;
        }
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > rowCap)) query.setLimit(rowCap);
        dataset.executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).build()) {
                if (query.isSelectType()) {
                    resp.setContentType("application/sparql-results+json; charset=utf-8");
                    ResultSetFormatter.outputAsJSON(output(resp), qe.execSelect());
                } else if (query.isAskType()) {
                    resp.setContentType("application/sparql-results+json; charset=utf-8");
                    ResultSetFormatter.outputAsJSON(output(resp), qe.execAsk());
                } else {
                    resp.setContentType("text/turtle; charset=utf-8");
                    RDFDataMgr.write(output(resp), query.isConstructType() ? qe.execConstruct() : qe.execDescribe(), Lang.TURTLE);
                }
            }
        });
    }

    private static java.io.OutputStream output(HttpServletResponse resp) {
        try {
            return resp.getOutputStream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
