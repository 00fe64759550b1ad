package org.policykg.pipeline;

import org.policykg.rdf.Sparql;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ReadWrite;

/** Counts of what a store holds, by the ontology's classes. */
public record StoreCounts(long documents, long lists, long tasks, long responsibilities, long units, long paragraphs,
                          long targets, long deadlines, long triples) {

    private static final String QUERY = Sparql.PREFIXES + """
            SELECT
              (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?list) AS ?lists) (COUNT(DISTINCT ?task) AS ?tasks)
              (COUNT(DISTINCT ?resp) AS ?responsibilities) (COUNT(DISTINCT ?unit) AS ?units) (COUNT(DISTINCT ?para) AS ?paragraphs)
              (COUNT(DISTINCT ?target) AS ?targets) (COUNT(DISTINCT ?deadline) AS ?deadlines)
            WHERE {
              { ?doc a pkg:Document } UNION { ?list a pkg:TaskList } UNION { ?task a pkg:Task }
              UNION { ?resp a pkg:Responsibility } UNION { ?unit a org:Organization } UNION { ?para a pkg:ReportParagraph }
              UNION { ?target a pkg:Target } UNION { ?deadline a pkg:Deadline }
            }""";

    private static final String TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    public static StoreCounts of(Dataset dataset) {
        return dataset.calculateRead(() -> {
            QuerySolution row = single(dataset, QUERY);
            QuerySolution triples = single(dataset, TRIPLES);
            return new StoreCounts(
                    row.getLiteral("documents").getLong(), row.getLiteral("lists").getLong(), row.getLiteral("tasks").getLong(),
                    row.getLiteral("responsibilities").getLong(), row.getLiteral("units").getLong(),
                    row.getLiteral("paragraphs").getLong(), row.getLiteral("targets").getLong(),
                    row.getLiteral("deadlines").getLong(), triples.getLiteral("n").getLong());
        });
    }

    private static QuerySolution single(Dataset dataset, String query) {
        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            return qe.execSelect().next();
        }
    }
}
