package org.policykg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Validates a store against ontology/shapes.ttl with jena-shacl, and compares the task counts that
 * notices state (主要目标任务(共计93项)) with the tasks extracted.
 */
public final class Validator {

    /** One finding: the shape it breaks, where (document and task, from the focus IRI), and what. */
    public record Finding(String shape, boolean violation, String where, String message) {}

    public record Report(List<Finding> findings, List<String> countMismatches) {

        public long violations() {
            return findings.stream().filter(Finding::violation).count() + countMismatches.size();
        }

        public long warnings() {
            return findings.stream().filter(f -> !f.violation()).count();
        }

        /** Findings grouped by shape, in shape order. */
        public Map<String, List<Finding>> byShape() {
            Map<String, List<Finding>> grouped = new TreeMap<>();
            for (Finding f : findings) grouped.computeIfAbsent(f.shape(), k -> new ArrayList<>()).add(f);
            return grouped;
        }
    }

    private final Shapes shapes;

    public Validator() {
        this.shapes = Shapes.parse(loadShapes());
    }

    public Report validate(Dataset dataset) {
        return dataset.calculateRead(() -> {
            Graph data = dataset.asDatasetGraph().getUnionGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, data);
            List<Finding> findings = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) {
                String shape = e.source() != null && e.source().isURI() ? e.source().getLocalName() : shapeOf(e);
                findings.add(new Finding(shape, e.severity() == Severity.Violation, where(e.focusNode().toString()), e.message()));
            }
            List<String> mismatches = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(SparqlResource.load("task-counts"), dataset)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution r = rs.next();
                    int stated = r.getLiteral("stated").getInt();
                    int extracted = r.getLiteral("extracted").getInt();
                    if (stated != extracted) {
                        mismatches.add(r.getLiteral("source").getString() + ": the notice states " + stated + " tasks, " + extracted + " were extracted");
                    }
                }
            }
            return new Report(findings, mismatches);
        });
    }

    /** The shape of a property-shape result is its parent node shape; name it by the focus node's class instead. */
    private static String shapeOf(ReportEntry e) {
        String focus = e.focusNode().toString();
        if (focus.contains("/responsibility/")) return "ResponsibilityShape";
        if (focus.contains("/target/")) return "TargetShape";
        if (focus.contains("/task/")) return "TaskShape";
        if (focus.contains("/unit/")) return "UnitShape";
        if (focus.contains("/link/")) return "LinkShape";
        return "DocumentShape";
    }

    /** 001_….txt list 2 task 54, from the focus IRI; units and links as their IRI. */
    static String where(String focus) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/doc/([^/]+)(?:/list/(\\d+))?(?:/task/([^/]+))?").matcher(focus);
        if (!m.find()) return focus;
        String doc = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
        return doc + (m.group(2) == null ? "" : " list " + m.group(2)) + (m.group(3) == null ? "" : " task " + m.group(3));
    }

    private static Graph loadShapes() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = Validator.class.getResourceAsStream("/org/policykg/ontology/shapes.ttl")) {
            if (in == null) throw new IllegalStateException("shapes.ttl missing from the build");
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
