package org.policykg.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.policykg.query.SparqlResource;
import org.policykg.query.ValuesBlocks;

/**
 * Reads from the store what the linker needs: tasks with their plan's government and year, their
 * targets and units, and report paragraphs. It reads the tasks of the governments asked for, so the
 * link stage can read one chain at a time and never hold every task's record at once.
 */
public final class CorpusReader {

    private static final Query GOVERNMENTS = SparqlResource.load(CorpusReader.class, "governments");
    private static final Query TASKS = SparqlResource.load(CorpusReader.class, "tasks");
    private static final Query TARGETS = SparqlResource.load(CorpusReader.class, "targets");
    private static final Query UNITS = SparqlResource.load(CorpusReader.class, "units");
    private static final Query PARAGRAPHS = SparqlResource.load(CorpusReader.class, "paragraphs");

    private final Dataset dataset;

    public CorpusReader(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The codes of the governments whose plans have tasks, in the order their first list comes (by file name, then list). */
    public List<String> governments() {
        record ListRow(String source, int list, String code) {}
        List<ListRow> rows = new ArrayList<>();
        dataset.executeRead(() -> select(GOVERNMENTS, row -> rows.add(new ListRow(row.getLiteral("source").getString(),
                row.getLiteral("list").getInt(), row.getLiteral("jurisdiction").getString()))));
        rows.sort(Comparator.comparing(ListRow::source).thenComparingInt(ListRow::list));
        Set<String> codes = new LinkedHashSet<>();
        for (ListRow r : rows) codes.add(r.code());
        return new ArrayList<>(codes);
    }

    /** Every task, in document order. */
    public List<LinkTask> tasks() {
        return tasks(governments());
    }

    /** The tasks of the plans of these governments (by code), in document order. */
    public List<LinkTask> tasks(Collection<String> governments) {
        List<Node> codes = governments.stream().map(NodeFactory::createLiteralString).toList();
        return dataset.calculateRead(() -> {
            Map<String, List<LinkTask.Quantity>> targets = new HashMap<>();
            select(filled(TARGETS, "jurisdiction", codes), row -> targets.computeIfAbsent(row.getResource("task").getURI(), k -> new ArrayList<>())
                    .add(new LinkTask.Quantity(row.getLiteral("indicator").getString(), row.getLiteral("value").getDouble(),
                            row.getLiteral("unit").getString())));
            Map<String, List<String>> leads = new HashMap<>();
            Map<String, List<String>> units = new HashMap<>();
            select(filled(UNITS, "jurisdiction", codes), row -> {
                String task = row.getResource("task").getURI();
                String unit = row.getResource("unit").getURI();
                List<String> named = units.computeIfAbsent(task, k -> new ArrayList<>());
                if (named.contains(unit)) return;
                named.add(unit);
                if (row.getLiteral("lead").getBoolean()) leads.computeIfAbsent(task, k -> new ArrayList<>()).add(unit);
            });
            List<LinkTask> tasks = new ArrayList<>();
            select(filled(TASKS, "jurisdiction", codes), row -> {
                String iri = row.getResource("task").getURI();
                tasks.add(new LinkTask(iri, row.getLiteral("source").getString(), row.getLiteral("list").getInt(),
                        row.getLiteral("number").getString(), row.getLiteral("text").getString(), row.getLiteral("jurisdiction").getString(),
                        row.getLiteral("level").getString(), Integer.parseInt(row.getLiteral("year").getLexicalForm()),
                        row.contains("report") ? row.getResource("report").getURI() : null, targets.getOrDefault(iri, List.of()),
                        leadsOf(iri, leads, units), units.getOrDefault(iri, List.of()),
                        row.contains("section") ? row.getLiteral("section").getString() : ""));
            });
            return tasks;
        });
    }

    /** The task's lead units; where none is marked as lead, the first unit named (lists that name one role only put the lead first). */
    private static List<String> leadsOf(String task, Map<String, List<String>> leads, Map<String, List<String>> units) {
        if (leads.containsKey(task)) return leads.get(task);
        List<String> named = units.getOrDefault(task, List.of());
        return named.isEmpty() ? List.of() : List.of(named.get(0));
    }

    /** The paragraphs of these reports' texts (by IRI), report by report. */
    public List<Linker.ReportParagraph> paragraphs(Collection<String> reports) {
        List<Node> iris = reports.stream().map(NodeFactory::createURI).toList();
        return dataset.calculateRead(() -> {
            List<Linker.ReportParagraph> paragraphs = new ArrayList<>();
            select(filled(PARAGRAPHS, "report", iris), row -> paragraphs.add(new Linker.ReportParagraph(row.getResource("p").getURI(),
                    row.getResource("report").getURI(), row.getLiteral("text").getString())));
            return paragraphs;
        });
    }

    /** The reports these tasks implement, in the order the tasks come. */
    static Set<String> reportsOf(List<LinkTask> tasks) {
        Set<String> reports = new LinkedHashSet<>();
        for (LinkTask t : tasks) if (t.reportIri() != null) reports.add(t.reportIri());
        return reports;
    }

    /** A copy of the query with its empty VALUES block of {@code var} holding these values. */
    private static Query filled(Query query, String var, List<Node> values) {
        Query copy = query.cloneQuery();
        ValuesBlocks.fill(copy, var, values);
        return copy;
    }

    private void select(Query query, Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) each.accept(rs.next());
        }
    }
}
