package org.policykg.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/** What a parsed query does that parameters and safety depend on: the services it calls, the variables it assigns itself. */
final class QueryShape {

    private QueryShape() {}

    /** The SERVICE endpoints the query calls, as written. */
    static List<String> services(Query query) {
        Set<String> found = new LinkedHashSet<>();
        walk(query, new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found.add(el.getServiceNode().isURI() ? "<" + el.getServiceNode().getURI() + ">" : el.getServiceNode().toString());
            }

            @Override
            public void visit(ElementSubQuery el) {
                found.addAll(services(el.getQuery()));
            }
        });
        return List.copyOf(found);
    }

    /** The variables the query gives values to itself: BIND … AS, VALUES, (expression AS ?x) in a SELECT. */
    static Set<String> assigned(Query query) {
        Set<String> vars = new LinkedHashSet<>();
        addProjected(query, vars);
        walk(query, new ElementVisitorBase() {
            @Override
            public void visit(ElementBind el) {
                vars.add(el.getVar().getVarName());
            }

            @Override
            public void visit(ElementData el) {
                el.getVars().forEach(v -> vars.add(v.getVarName()));
            }

            @Override
            public void visit(ElementSubQuery el) {
                addProjected(el.getQuery(), vars);
            }
        });
        if (query.hasValues()) query.getValuesVariables().forEach(v -> vars.add(v.getVarName()));
        return vars;
    }

    private static void addProjected(Query query, Set<String> vars) {
        if (query.isSelectType()) query.getProject().getExprs().keySet().forEach((Var v) -> vars.add(v.getVarName()));
    }

    private static void walk(Query query, ElementVisitorBase visitor) {
        if (query.getQueryPattern() != null) ElementWalker.walk(query.getQueryPattern(), visitor);
    }
}
