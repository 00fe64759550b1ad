package org.policykg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** A SELECT result read into plain strings: IRIs bare, literals by their lexical form, unbound empty. */
public record ResultTable(List<String> columns, List<List<String>> rows) {

    public static ResultTable of(ResultSet results, int limit) {
        List<String> columns = results.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (results.hasNext() && (limit <= 0 || rows.size() < limit)) {
            rows.add(row(results.next(), columns));
        }
        return new ResultTable(List.copyOf(columns), List.copyOf(rows));
    }

    /** One solution's cells, in the order of {@code columns}. */
    static List<String> row(QuerySolution solution, List<String> columns) {
        List<String> row = new ArrayList<>(columns.size());
        for (String column : columns) row.add(text(solution.get(column)));
        return row;
    }

    private static String text(RDFNode node) {
        if (node == null) return "";
        if (node.isLiteral()) return node.asLiteral().getLexicalForm();
        if (node.isURIResource()) return node.asResource().getURI();
        return "_:" + node.asResource().getId();
    }
}
