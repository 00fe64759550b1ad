package org.policykg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

/** A SELECT result read into plain strings: IRIs bare, literals by their lexical form, unbound empty. */
public record ResultTable(List<String> columns, List<List<String>> rows) {

    public static ResultTable of(ResultSet results, int limit) {
        List<String> columns = results.getResultVars();
        List<Var> vars = Var.varList(columns);
        List<List<String>> rows = new ArrayList<>();
        while (results.hasNext() && (limit <= 0 || rows.size() < limit)) {
            Binding binding = results.nextBinding();
            List<String> row = new ArrayList<>(vars.size());
            for (Var var : vars) row.add(text(binding.get(var)));
            rows.add(row);
        }
        return new ResultTable(List.copyOf(columns), List.copyOf(rows));
    }

    /** A cell: an IRI bare, a literal's lexical form, a blank node as _:label, unbound (null) empty. */
    static String text(Node node) {
        if (node == null) return "";
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        if (node.isURI()) return node.getURI();
        if (node.isBlank()) return "_:" + node.getBlankNodeLabel();
        return node.toString();
    }
}
