package org.policykg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Binds a canned query's parameters: the defaults its header declares, overridden by the user's
 * values; an optional parameter (no default) that is not given, or given empty, is left unbound. Each
 * value is checked against the type the header gives it and becomes the RDF node the data holds
 * ({@link ParamType}), substituted into the parsed query, so no value can change the query's structure. A query without a header (-e) takes any parameter: an IRI when the value
 * starts with http, else a string.
 */
public final class QueryParameters {

    private QueryParameters() {}

    /** @throws IllegalArgumentException for a parameter the header does not declare, or a value that does not fit its type */
    public static QuerySolutionMap bind(QueryHeader header, Map<String, String> values, boolean allowUndeclared, Dataset dataset) {
        Map<String, String> all = new LinkedHashMap<>(header.params());
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!allowUndeclared && !header.params().containsKey(e.getKey())) {
                throw new org.policykg.problem.InvalidArgumentException("the query has no parameter '" + e.getKey() + "'; it declares "
                        + (header.params().isEmpty() ? "none" : String.join(", ", header.params().keySet())));
            }
            all.put(e.getKey(), e.getValue());
        }
        QuerySolutionMap binding = new QuerySolutionMap();
        all.forEach((name, value) -> {
            boolean optional = header.params().containsKey(name) && header.params().get(name) == null;
            if (value == null || optional && value.isBlank()) return; // an optional parameter not given stays unbound
            ParamType type = header.types().get(name);
            binding.add(name, type == null ? untyped(value) : type.resolve(name, value, dataset));
        });
        return binding;
    }

    private static RDFNode untyped(String value) {
        return value.startsWith("http://") || value.startsWith("https://")
                ? ResourceFactory.createResource(value) : ResourceFactory.createStringLiteral(value);
    }
}
