package org.policykg.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.policykg.query.QueryRunner;
import org.policykg.query.SparqlResource;
import org.policykg.query.ResultTable;

/**
 * The explorer's own queries (classpath resources next to this class, queries/NAME.rq), parsed
 * once; values are bound as RDF terms, never pasted into the text.
 */
final class InternalQueries {

    private static final String[] NAMES = {"task", "task-units", "task-targets", "task-deadlines", "task-links",
        "unit", "unit-tasks", "unit-search", "describe", "exists", "same-as"};

    private final Dataset dataset;
    private final Map<String, String> texts;

    InternalQueries(Dataset dataset) {
        this.dataset = dataset;
        java.util.Map<String, String> loaded = new java.util.HashMap<>();
        for (String name : NAMES) loaded.put(name, load(name));
        this.texts = Map.copyOf(loaded);
    }

    ResultTable select(String name, Map<String, RDFNode> values) {
        return new QueryRunner(dataset).select(query(name), binding(values), 0);
    }

    Model construct(String name, Map<String, RDFNode> values) {
        Query query = query(name);
        return dataset.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).substitution(binding(values)).build()) {
                return qe.execConstruct();
            }
        });
    }

    boolean ask(String name, Map<String, RDFNode> values) {
        Query query = query(name);
        return dataset.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).substitution(binding(values)).build()) {
                return qe.execAsk();
            }
        });
    }

    /**
     * The first of the IRIs a local address may stand for that the store knows, else the first; an
     * IRI a unit had before a rule merged it into another stands for the unit's IRI now.
     */
    String resolve(String rawPath) {
        List<String> candidates = LocalPaths.candidates(rawPath);
        for (String iri : candidates) {
            if (ask("exists", Map.of("resource", org.apache.jena.rdf.model.ResourceFactory.createResource(iri)))) return current(iri);
        }
        return candidates.get(0);
    }

    private String current(String iri) {
        ResultTable to = select("same-as", Map.of("from", org.apache.jena.rdf.model.ResourceFactory.createResource(iri)));
        return to.rows().isEmpty() ? iri : to.rows().get(0).get(0);
    }

    private Query query(String name) {
        String text = texts.get(name);
        if (text == null) throw new IllegalStateException("no internal query " + name);
        return QueryRunner.parse(text);
    }

    private static QuerySolutionMap binding(Map<String, RDFNode> values) {
        QuerySolutionMap binding = new QuerySolutionMap();
        values.forEach(binding::add);
        return binding;
    }

    private static String load(String name) {
        return SparqlResource.text("/org/policykg/serve/queries/" + name + ".rq");
    }
}
