package org.policykg.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.query.SparqlResource;
import org.policykg.rdf.PKG;

/**
 * Follows contributes-to links from a task up to the province and down to the districts. By
 * default only accepted links are followed; with a minimum score, every kept candidate that
 * reaches it. Task IRIs are bound as RDF terms, never pasted into query text.
 */
public final class CascadeTracer {

    private final Query nodeQuery = SparqlResource.load(CascadeTracer.class, "task-node");
    private final Query unitsQuery = SparqlResource.load(CascadeTracer.class, "task-units");
    private final Query targetsQuery = SparqlResource.load(CascadeTracer.class, "task-targets");
    private final Query linksQuery = SparqlResource.load(CascadeTracer.class, "contribution-links");
    private final Dataset dataset;
    private final double minScore;
    private final int depth;

    /** @param minScore follow every kept candidate from this score; below 0, accepted links only */
    public CascadeTracer(Dataset dataset, double minScore, int depth) {
        this.dataset = dataset;
        this.minScore = minScore;
        this.depth = depth;
    }

    /**
     * The task an argument names: an IRI, {@code source:list:task} (a file-name prefix will do), or
     * words of its text. @throws org.policykg.problem.InvalidArgumentException when it names none or several
     */
    public String find(String argument) {
        return new org.policykg.query.TaskReferences(dataset).resolveOrSearch(argument);
    }

    public Cascade trace(String taskIri) {
        return dataset.calculateRead(() -> {
            CascadeNode root = node(taskIri).orElseThrow(() -> new IllegalArgumentException("no task " + taskIri + " in the store"));
            Set<String> seen = new HashSet<>();
            seen.add(taskIri);
            // each candidate parent's own parents are asked once, though the next step asks them again
            Map<String, Map<String, Double>> parentsOf = new HashMap<>();
            // Up the chain by each task's best parent. Every node carries the link that joins it to
            // the node above it: the root its link up, each ancestor its own link further up.
            List<CascadeNode> above = new ArrayList<>();
            String current = taskIri;
            Double rootScore = null;
            CascadeNode lower = null;
            for (int i = 0; i < depth; i++) {
                Optional<Map.Entry<String, Double>> best = bestParent(current, seen, parentsOf);
                if (best.isEmpty()) break;
                seen.add(best.get().getKey());
                if (lower == null) rootScore = best.get().getValue();
                else above.set(0, lower.withLink("contributes to", best.get().getValue()));
                lower = node(best.get().getKey()).orElseThrow();
                above.add(0, lower);
                current = best.get().getKey();
            }
            if (rootScore != null) root = root.withLink("contributes to", rootScore);
            down(root, seen, depth);
            return new Cascade(above, root);
        });
    }

    /**
     * The best parent that leads further up, else the best: a district task that answers both a city
     * item and the province item above it is traced through the city item to the province, not to a
     * city item that ends the trace.
     */
    private Optional<Map.Entry<String, Double>> bestParent(String task, Set<String> seen, Map<String, Map<String, Double>> parentsOf) {
        List<Map.Entry<String, Double>> parents = parentsOf.computeIfAbsent(task, t -> linked(t, true)).entrySet().stream()
                .filter(e -> !seen.contains(e.getKey())).toList();
        return parents.stream()
                .filter(e -> parentsOf.computeIfAbsent(e.getKey(), t -> linked(t, true)).keySet().stream().anyMatch(p -> !seen.contains(p) && !p.equals(task)))
                .findFirst()
                .or(() -> parents.stream().findFirst());
    }

    private void down(CascadeNode node, Set<String> seen, int remaining) {
        if (remaining == 0) return;
        for (Map.Entry<String, Double> child : linked(node.iri(), false).entrySet()) {
            if (!seen.add(child.getKey())) continue;
            CascadeNode c = node(child.getKey()).orElseThrow().withLink("contributes to", child.getValue());
            node.children().add(c);
            down(c, seen, remaining - 1);
        }
    }

    /** Parents (up) or children (down) of a task by contribution links, best first. */
    private Map<String, Double> linked(String task, boolean up) {
        QuerySolutionMap b = task(task);
        b.add("from", up ? PKG.child : PKG.parent);
        b.add("to", up ? PKG.parent : PKG.child);
        b.add("minScore", ResourceFactory.createTypedLiteral(minScore));
        Map<String, Double> linked = new LinkedHashMap<>();
        select(linksQuery, b, row -> linked.putIfAbsent(row.getResource("other").getURI(), row.getLiteral("score").getDouble()));
        return linked;
    }

    private Optional<CascadeNode> node(String iri) {
        List<QuerySolution> rows = new ArrayList<>();
        select(nodeQuery, task(iri), rows::add);
        if (rows.isEmpty()) return Optional.empty();
        QuerySolution r = rows.get(0);
        List<String> leads = new ArrayList<>();
        List<String> others = new ArrayList<>();
        select(unitsQuery, task(iri), row -> (row.getLiteral("role").getString().equals("lead") ? leads : others).add(row.getLiteral("name").getString()));
        List<String> targets = new ArrayList<>();
        select(targetsQuery, task(iri), row -> targets.add(row.getLiteral("indicator").getString() + " " + row.getLiteral("written").getString()));
        String id = r.getLiteral("source").getString() + ":" + r.getLiteral("list").getInt() + ":" + r.getLiteral("number").getString();
        return Optional.of(new CascadeNode(iri, id, r.getLiteral("level").getString(), r.getLiteral("jurisdiction").getString(),
                r.getLiteral("text").getString(), leads, others, targets, null, null, new ArrayList<>()));
    }

    private static QuerySolutionMap task(String iri) {
        QuerySolutionMap b = new QuerySolutionMap();
        b.add("task", ResourceFactory.createResource(iri));
        return b;
    }

    private void select(Query query, QuerySolutionMap binding, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).substitution(binding).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) each.accept(rs.next());
        }
    }

}
