package org.policykg.query;

import java.io.PrintStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.exec.http.Service;
import org.policykg.problem.InvalidArgumentException;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Runs a SPARQL query against the store (default graph = union of all documents) and prints it. */
public final class QueryRunner {

    private final Dataset dataset;
    private final boolean allowService;

    /** A runner that refuses SERVICE: a query never reaches the network unless asked to. */
    public QueryRunner(Dataset dataset) {
        this(dataset, false);
    }

    /** @param allowService whether SERVICE (federated query over the network) may run */
    public QueryRunner(Dataset dataset, boolean allowService) {
        this.dataset = dataset;
        this.allowService = allowService;
    }

    /**
     * Parses {@code sparql}, filling the VALUES blocks its header names from their word lists; a syntax
     * error surfaces as Jena's QueryParseException with line and column.
     */
    public static Query parse(String sparql) {
        Query query = QueryFactory.create(sparql);
        ValuesBlocks.fill(query, QueryHeader.parse(sparql).values());
        return query;
    }

    /** Runs a SELECT and returns its rows. */
    public ResultTable select(Query query, int limit) {
        return select(query, new QuerySolutionMap(), limit);
    }

    /** Runs a SELECT with parameters bound as RDF terms and returns its rows. */
    public ResultTable select(Query query, QuerySolutionMap parameters, int limit) {
        check(query, parameters);
        return dataset.calculateRead(() -> {
            try (QueryExecution qe = execution(query, parameters)) {
                return ResultTable.of(qe.execSelect(), limit);
            }
        });
    }

    /** Runs any query form and prints it in {@code format}; returns the number of rows or triples. */
    public long run(Query query, OutputFormat format, int limit, PrintStream out) {
        return run(query, new QuerySolutionMap(), format, limit, out);
    }

    /**
     * As {@link #run(Query, OutputFormat, int, PrintStream)}, with parameters bound as RDF terms
     * (substituted into the parsed query, never pasted into its text).
     */
    public long run(Query query, QuerySolutionMap parameters, OutputFormat format, int limit, PrintStream out) {
        return run(query, parameters, format, limit, out, ResultLabels::plain);
    }

    /**
     * As {@link #run(Query, QuerySolutionMap, OutputFormat, int, PrintStream)}, a SELECT's rows shown
     * with the {@code labels} of its columns (headers and code words in the user's language) in the
     * table and CSV formats; TSV and JSON keep the data as it is.
     */
    public long run(Query query, QuerySolutionMap parameters, OutputFormat format, int limit, PrintStream out,
            Function<List<String>, ResultLabels> labels) {
        check(query, parameters);
        if (limit > 0 && query.isSelectType() && (!query.hasLimit() || query.getLimit() > limit)) query.setLimit(limit);
        return dataset.calculateRead(() -> {
            try (QueryExecution qe = execution(query, parameters)) {
                if (query.isSelectType()) {
                    if (format == OutputFormat.JSON) {
                        // held: Jena's JSON writer does not advance the row count of the result set it is given
                        var rs = qe.execSelect().rewindable();
                        ResultSetFormatter.outputAsJSON(out, rs);
                        return (long) rs.size();
                    }
                    if (format == OutputFormat.TSV || format == OutputFormat.CSV) {
                        return ResultWriter.stream(qe.execSelect(), format, out, format == OutputFormat.TSV ? ResultLabels::plain : labels);
                    }
                    ResultTable table = ResultTable.of(qe.execSelect(), limit);
                    ResultWriter.write(labels.apply(table.columns()).apply(table), format, out);
                    return (long) table.rows().size();
                }
                if (query.isAskType()) {
                    boolean answer = qe.execAsk();
                    if (format == OutputFormat.JSON) ResultSetFormatter.outputAsJSON(out, answer);
                    else out.println(answer);
                    return 1L;
                }
                var model = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                RDFDataMgr.write(out, model, format == OutputFormat.JSON ? Lang.JSONLD : Lang.TURTLE);
                return model.size();
            }
        });
    }

    /**
     * Refuses, before anything runs, a SERVICE call unless allowed and a parameter for a variable
     * the query assigns itself (substituting it would change what the query means).
     */
    private void check(Query query, QuerySolutionMap parameters) {
        List<String> services = QueryShape.services(query);
        if (!allowService && !services.isEmpty()) {
            throw new InvalidArgumentException("the query calls SERVICE " + String.join(", ", services)
                    + ", which sends a request over the network: add --allow-service to let it");
        }
        Set<String> assigned = QueryShape.assigned(query);
        for (String name : parameters.asMap().keySet()) {
            if (assigned.contains(name)) {
                throw new InvalidArgumentException("-p " + name + ": the query gives ?" + name
                        + " a value itself (BIND, VALUES or AS), so it cannot be a parameter; use another name");
            }
        }
    }

    private QueryExecution execution(Query query, QuerySolutionMap parameters) {
        QueryExecution qe = QueryExecution.dataset(dataset).query(query).substitution(parameters)
                .set(Service.httpServiceAllowed, allowService).set(Service.serviceAllowed, allowService).build();
        return qe;
    }
}
