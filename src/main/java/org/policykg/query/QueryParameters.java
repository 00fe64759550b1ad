package org.policykg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Binds a canned query's parameters: the defaults its header declares, overridden by the user's
 * values. Each value becomes an RDF term (an IRI when it starts with http, else a string) that is
 * substituted into the parsed query, so no value can change the query's structure.
 */
public final class QueryParameters {

    private QueryParameters() {}

    /** @throws IllegalArgumentException for a parameter the header does not declare */
    public static QuerySolutionMap bind(QueryHeader header, Map<String, String> values, boolean allowUndeclared) {
        Map<String, String> all = new LinkedHashMap<>(header.params());
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!allowUndeclared && !header.params().containsKey(e.getKey())) {
                throw new IllegalArgumentException("the query has no parameter '" + e.getKey() + "'; it declares "
                        + (header.params().isEmpty() ? "none" : String.join(", ", header.params().keySet())));
            }
            all.put(e.getKey(), e.getValue());
        }
        QuerySolutionMap binding = new QuerySolutionMap();
        all.forEach((name, value) -> binding.add(name, term(value)));
        return binding;
    }

    private static RDFNode term(String value) {
        return value.startsWith("http://") || value.startsWith("https://")
                ? ResourceFactory.createResource(value) : ResourceFactory.createStringLiteral(value);
    }
}
