package org.policykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.query.TaskSearch;

/**
 * {@code /api/search?q=WORDS}: tasks whose text matches (as {@code policykg search}) and units whose
 * name does, both through the store's full-text index.
 */
final class SearchServlet extends ApiServlet {

    private final Dataset dataset;
    private final InternalQueries queries;

    SearchServlet(Dataset dataset, InternalQueries queries) {
        this.dataset = dataset;
        this.queries = queries;
    }

    @Override
    void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String words = required(req, "q");
        int limit = Math.max(1, Math.min(200, number(req, "limit", 50)));
        var tasks = new TaskSearch(dataset).search(words, limit);
        var units = queries.select("unit-search", Map.of("q", ResourceFactory.createStringLiteral(words)));
        Replies.json(resp, Map.of("tasks", tasks, "units", Tables.records(units)));
    }
}
