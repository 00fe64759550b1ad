package org.policykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.query.ResultTable;

/**
 * What a task page or a unit page shows, as JSON: {@code /api/task?iri=…} (the task, its units,
 * targets, deadlines, source document and line, outgoing and incoming links) and
 * {@code /api/unit?iri=…} (the unit, its names and its tasks).
 */
final class PageDataServlet extends ApiServlet {

    private final InternalQueries queries;

    PageDataServlet(InternalQueries queries) {
        this.queries = queries;
    }

    @Override
    void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        // ?path= is the page's own address (/id/…), read back into an IRI as ResourceServlet reads it
        String path = req.getParameter("path");
        String iri = path != null && !path.isBlank() ? queries.resolve(path) : required(req, "iri");
        Map<String, RDFNode> bound;
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("iri", iri);
        if (req.getServletPath().endsWith("/task")) {
            bound = Map.of("task", ResourceFactory.createResource(iri));
            List<Map<String, String>> task = Tables.records(queries.select("task", bound));
            if (task.isEmpty()) {
                Replies.error(resp, HttpServletResponse.SC_NOT_FOUND, "no task " + iri + " in the store");
                return;
            }
            page.put("task", task.get(0));
            page.put("units", rows("task-units", bound));
            page.put("targets", rows("task-targets", bound));
            page.put("deadlines", rows("task-deadlines", bound));
            page.put("links", rows("task-links", bound));
        } else {
            bound = Map.of("unit", ResourceFactory.createResource(iri));
            List<Map<String, String>> unit = Tables.records(queries.select("unit", bound));
            if (unit.isEmpty()) {
                Replies.error(resp, HttpServletResponse.SC_NOT_FOUND, "no unit " + iri + " in the store");
                return;
            }
            page.put("unit", unit.get(0));
            page.put("tasks", rows("unit-tasks", bound));
        }
        Replies.json(resp, page);
    }

    private List<Map<String, String>> rows(String query, Map<String, RDFNode> bound) {
        ResultTable table = queries.select(query, bound);
        return Tables.records(table);
    }
}
