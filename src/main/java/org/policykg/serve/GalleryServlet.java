package org.policykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.policykg.query.QueryParameters;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultTable;

/**
 * The query gallery: {@code /api/queries} lists the canned queries by their headers;
 * {@code /api/run/NAME?param=value} runs one with its parameters bound as RDF terms, as
 * {@code policykg query NAME -p} does: JSON rows up to the row cap, or the whole result as a
 * download ({@code format=csv} with a UTF-8 BOM, {@code format=json}).
 */
final class GalleryServlet extends ApiServlet {

    private static final List<String> RESERVED = List.of("format", "lang");

    private final Dataset dataset;
    private final Gallery gallery;
    private final int rowCap;

    GalleryServlet(Dataset dataset, Gallery gallery, int rowCap) {
        this.dataset = dataset;
        this.gallery = gallery;
        this.rowCap = rowCap;
    }

    @Override
    void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (req.getServletPath().endsWith("/queries")) {
            Replies.json(resp, gallery.all().stream().map(GalleryServlet::describe).toList());
            return;
        }
        String name = path == null ? "" : path.replaceFirst("^/", "");
        Gallery.Entry entry = gallery.get(name)
                .orElseThrow(() -> new IllegalArgumentException("no canned query named '" + name + "'"));
        Map<String, String> values = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> {
            if (!RESERVED.contains(k) && v.length > 0 && !v[0].isBlank()) values.put(k, v[0].strip());
        });
        Query query = QueryRunner.parse(entry.sparql());
        var binding = QueryParameters.bind(entry.header(), values, false, dataset);
        String format = req.getParameter("format");
        QueryRunner runner = new QueryRunner(dataset);
        if ("csv".equals(format)) {
            Replies.csv(resp, runner.select(query, binding, 0), name);
        } else if ("json".equals(format)) {
            Replies.attachment(resp, name + ".json");
            ResultTable all = runner.select(query, binding, 0);
            Replies.json(resp, Map.of("columns", all.columns(), "rows", all.rows()));
        } else {
            ResultTable capped = runner.select(query, binding, rowCap + 1);
            boolean truncated = capped.rows().size() > rowCap;
            Map<String, Object> reply = new LinkedHashMap<>();
            reply.put("name", name);
            reply.put("view", entry.header().view());
            reply.put("columns", capped.columns());
            reply.put("rows", truncated ? capped.rows().subList(0, rowCap) : capped.rows());
            reply.put("truncated", truncated);
            reply.put("rowCap", rowCap);
            Replies.json(resp, reply);
        }
    }

    private static Map<String, Object> describe(Gallery.Entry e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", e.name());
        m.put("title", e.header().title());
        m.put("description", e.header().description());
        Map<String, String> params = new LinkedHashMap<>();
        e.header().params().forEach((k, v) -> params.put(k, v == null ? "" : v)); // "": optional, no default
        m.put("params", params);
        m.put("view", e.header().view());
        return m;
    }
}
