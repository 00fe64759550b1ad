package org.policykg.link;

import org.policykg.query.SparqlResource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** Reads from the store what the linker needs: every task with its plan's government and year, its targets, and report paragraphs. */
public final class CorpusReader {

    private static final String TASKS = query("tasks");
    private static final String TARGETS = query("targets");
    private static final String UNITS = query("units");
    private static final String PARAGRAPHS = query("paragraphs");

    private final Dataset dataset;

    public CorpusReader(Dataset dataset) {
        this.dataset = dataset;
    }

    public List<LinkTask> tasks() {
        return dataset.calculateRead(() -> {
            Map<String, List<LinkTask.Quantity>> targets = new HashMap<>();
            select(TARGETS, row -> targets.computeIfAbsent(row.getResource("task").getURI(), k -> new ArrayList<>())
                    .add(new LinkTask.Quantity(row.getLiteral("indicator").getString(), row.getLiteral("value").getDouble(),
                            row.getLiteral("unit").getString())));
            Map<String, List<String>> leads = new HashMap<>();
            Map<String, List<String>> units = new HashMap<>();
            select(UNITS, row -> {
                String task = row.getResource("task").getURI();
                String unit = row.getResource("unit").getURI();
                List<String> named = units.computeIfAbsent(task, k -> new ArrayList<>());
                if (named.contains(unit)) return;
                named.add(unit);
                if (row.getLiteral("lead").getBoolean()) leads.computeIfAbsent(task, k -> new ArrayList<>()).add(unit);
            });
            List<LinkTask> tasks = new ArrayList<>();
            select(TASKS, row -> {
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

    public List<Linker.ReportParagraph> paragraphs() {
        return dataset.calculateRead(() -> {
            List<Linker.ReportParagraph> paragraphs = new ArrayList<>();
            select(PARAGRAPHS, row -> paragraphs.add(new Linker.ReportParagraph(row.getResource("p").getURI(),
                    row.getResource("report").getURI(), row.getLiteral("text").getString())));
            return paragraphs;
        });
    }

    private static String query(String name) {
        return SparqlResource.text("/org/policykg/link/" + name + ".rq");
    }

    private void select(String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) each.accept(rs.next());
        }
    }
}
