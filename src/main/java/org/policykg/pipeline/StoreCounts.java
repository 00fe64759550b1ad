package org.policykg.pipeline;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.policykg.query.SparqlResource;

/** Counts of what a store holds, by the ontology's classes. */
public record StoreCounts(long documents, long lists, long tasks, long responsibilities, long units, long paragraphs,
                          long targets, long deadlines, long triples) {

    public static StoreCounts of(Dataset dataset) {
        return dataset.calculateRead(() -> {
            QuerySolution row = single(dataset, "store-counts");
            QuerySolution triples = single(dataset, "triple-count");
            return new StoreCounts(
                    row.getLiteral("documents").getLong(), row.getLiteral("lists").getLong(), row.getLiteral("tasks").getLong(),
                    row.getLiteral("responsibilities").getLong(), row.getLiteral("units").getLong(),
                    row.getLiteral("paragraphs").getLong(), row.getLiteral("targets").getLong(),
                    row.getLiteral("deadlines").getLong(), triples.getLiteral("n").getLong());
        });
    }

    /** The one row of this package's query NAME.rq. */
    private static QuerySolution single(Dataset dataset, String name) {
        try (QueryExecution qe = QueryExecution.create(SparqlResource.load(StoreCounts.class, name), dataset)) {
            return qe.execSelect().next();
        }
    }
}
