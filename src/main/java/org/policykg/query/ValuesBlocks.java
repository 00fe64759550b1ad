package org.policykg.query;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import java.util.regex.Pattern;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.policykg.problem.InvalidArgumentException;

/**
 * Fills the empty one-variable VALUES blocks a query's header names ({@code # values: VAR = LIST})
 * with the words of a reviewed list shipped with policykg, so that a rule the code and a query share
 * (the generic indicator names) is written once, as data. The list is named, not pathed: LIST is
 * {@code package/name}, read from {@code /org/policykg/package/name.txt}. Code that binds a block
 * to values of its own (the link stage's government codes) uses {@link #fill(Query, String, List)}.
 */
public final class ValuesBlocks {

    private static final Pattern LIST = Pattern.compile("[a-z]+/[a-z][a-z-]*");

    private ValuesBlocks() {}

    static void fill(Query query, Map<String, String> lists) {
        if (lists.isEmpty()) return;
        fill(query, var -> {
            String list = lists.get(var.getVarName());
            return list == null ? List.of() : words(list).stream().map(NodeFactory::createLiteralString).toList();
        });
    }

    /** Fills the query's empty VALUES block of the one variable {@code var} with these values (bound as terms, never pasted as text). */
    public static void fill(Query query, String var, List<Node> values) {
        fill(query, v -> v.getVarName().equals(var) ? values : List.of());
    }

    private static void fill(Query query, Function<Var, List<Node>> valuesOf) {
        if (query.getQueryPattern() == null) return;
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementData data) {
                if (data.getVars().size() != 1 || !data.getRows().isEmpty()) return;
                Var var = data.getVars().get(0);
                valuesOf.apply(var).forEach(value -> data.add(BindingFactory.binding(var, value)));
            }
        });
    }

    private static List<String> words(String list) {
        if (!LIST.matcher(list).matches()) {
            throw new InvalidArgumentException("the query header's values list '" + list + "' is not a list name: write package/name, e.g. indicator/generic-indicators");
        }
        try {
            return WordList.read("/org/policykg/" + list + ".txt");
        } catch (IllegalStateException e) {
            throw new InvalidArgumentException("the query header names the word list '" + list + "', which policykg does not ship");
        }
    }
}
