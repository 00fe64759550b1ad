package org.policykg.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.policykg.query.QueryParameters;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultTable;
import org.policykg.trace.Cascade;
import org.policykg.trace.CascadeTracer;

/**
 * {@code /api/cascade?task=T&depth=N}: the cascade {@code policykg trace} prints, as JSON, with the
 * parent-child pairs the canned {@code target-escalation} query flags (a child at or above its
 * parent's number), so the view can highlight them.
 */
final class CascadeServlet extends ApiServlet {

    private static final String ESCALATION = "target-escalation";

    private final Dataset dataset;
    private final Gallery gallery;
    /** Read once: a served store does not change (TDB2's lock keeps build out while it is served). */
    private volatile List<Map<String, String>> escalations;

    CascadeServlet(Dataset dataset, Gallery gallery) {
        this.dataset = dataset;
        this.gallery = gallery;
    }

    @Override
    void answer(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String task = required(req, "task");
        int depth = Math.max(1, Math.min(5, number(req, "depth", 2)));
        CascadeTracer tracer = new CascadeTracer(dataset, -1, depth);
        Cascade cascade = tracer.trace(tracer.find(task));
        Map<String, Object> reply = new LinkedHashMap<>();
        if (escalations == null) escalations = List.copyOf(readEscalations());
        reply.put("above", cascade.above());
        reply.put("task", cascade.root());
        reply.put("escalations", escalations);
        Replies.json(resp, reply);
    }

    /** Child and parent ids ({@code source:list:task}) with the indicator, the two numbers and their ratio. */
    private List<Map<String, String>> readEscalations() {
        var entry = gallery.get(ESCALATION);
        if (entry.isEmpty()) return List.of();
        ResultTable rows = new QueryRunner(dataset).select(QueryRunner.parse(entry.get().sparql()),
                QueryParameters.bind(entry.get().header(), Map.of(), false, dataset), 0);
        List<String> c = rows.columns();
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.rows()) {
            if (r.get(c.indexOf("flag")).equals("share")) continue;
            out.add(Map.of(
                    "child", r.get(c.indexOf("child_source")) + ":" + r.get(c.indexOf("child_list")) + ":" + r.get(c.indexOf("child_task")),
                    "parent", r.get(c.indexOf("parent_source")) + ":" + r.get(c.indexOf("parent_list")) + ":" + r.get(c.indexOf("parent_task")),
                    "indicator", r.get(c.indexOf("indicator")),
                    "parent_value", r.get(c.indexOf("parent_value")),
                    "child_value", r.get(c.indexOf("child_value")),
                    "ratio", r.get(c.indexOf("ratio"))));
        }
        return out;
    }
}
