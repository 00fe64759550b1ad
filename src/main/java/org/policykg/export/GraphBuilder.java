package org.policykg.export;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.policykg.trace.Cascade;
import org.policykg.trace.CascadeNode;
import org.policykg.trace.CascadeTracer;
import org.policykg.problem.DidYouMean;
import org.policykg.problem.InvalidArgumentException;
import org.policykg.query.SparqlResource;
import org.policykg.query.TaskReferences;

/**
 * Builds the graph an export writes, for a scope: the whole store (tasks, units, reports,
 * jurisdictions, targets and the links between tasks), a document, a unit with its tasks and
 * partners, a jurisdiction, a task's cascade, or the unit network (units joined by the tasks they
 * share, split by role).
 */
public final class GraphBuilder {

    private final Dataset dataset;
    /** Asked once for each unit a unit scope does not name by IRI or label: parsed once. */
    private final Query writtenAs = SparqlResource.load(GraphBuilder.class, "written-as");

    public GraphBuilder(Dataset dataset) {
        this.dataset = dataset;
    }

    public Graph<ExportNode, ExportEdge> build(String scope) {
        return dataset.calculateRead(() -> {
            if (scope.equals("unit-network")) return unitNetwork();
            Graph<ExportNode, ExportEdge> all = all();
            if (scope.equals("all")) return all;
            Set<String> keep = selection(scope, all);
            Set<ExportNode> nodes = new LinkedHashSet<>();
            for (ExportNode n : all.vertexSet()) if (keep.contains(n.id())) nodes.add(n);
            return new AsSubgraph<>(all, nodes);
        });
    }

    /** Every task, unit, report, jurisdiction and target, with what joins them. */
    Graph<ExportNode, ExportEdge> all() {
        Graph<ExportNode, ExportEdge> g = new DirectedPseudograph<>(ExportEdge.class);
        Map<String, ExportNode> nodes = new HashMap<>();
        select("jurisdictions", r -> add(g, nodes, node(r, "jurisdiction")));
        select("reports", r -> {
            ExportNode n = add(g, nodes, node(r, "report"));
            edge(g, nodes, n.id(), iri(r, "j"), new ExportEdge("inJurisdiction", "", null, 1));
        });
        select("units", r -> {
            ExportNode n = add(g, nodes, node(r, "unit"));
            edge(g, nodes, n.id(), iri(r, "j"), new ExportEdge("inJurisdiction", "", null, 1));
        });
        select("tasks", r -> {
            ExportNode n = add(g, nodes, node(r, "task"));
            if (r.contains("report")) edge(g, nodes, n.id(), iri(r, "report"), new ExportEdge("implements", "", null, 1));
        });
        select("targets", r -> {
            ExportNode n = add(g, nodes, new ExportNode(iri(r, "n"), text(r, "label"), "target", "", "", text(r, "value")));
            edge(g, nodes, iri(r, "task"), n.id(), new ExportEdge("target", "", null, 1));
        });
        select("responsibilities", r -> edge(g, nodes, iri(r, "task"), iri(r, "unit"), new ExportEdge("responsible", text(r, "role"), null, 1)));
        select("links", r -> edge(g, nodes, iri(r, "child"), iri(r, "parent"),
                new ExportEdge(text(r, "kind"), "", r.contains("score") ? r.getLiteral("score").getDouble() : null, 1)));
        return g;
    }


    /** Units as nodes; an edge per pair of units and pair of roles, weighted by the tasks they share. */
    Graph<ExportNode, ExportEdge> unitNetwork() {
        Graph<ExportNode, ExportEdge> g = new DirectedPseudograph<>(ExportEdge.class);
        Map<String, ExportNode> nodes = new HashMap<>();
        select("units", r -> add(g, nodes, node(r, "unit")));
        select("unit-pairs", r -> edge(g, nodes, iri(r, "a"), iri(r, "b"),
                new ExportEdge("sharesTasks", text(r, "roles"), null, r.getLiteral("shared").getInt())));
        return g;
    }

    /** The scope kinds that take a value after a colon, and the ones that stand alone. */
    static final List<String> KINDS = List.of("document", "unit", "jurisdiction", "cascade");
    static final List<String> WHOLE = List.of("all", "unit-network");

    /** The IRIs a scope keeps of the whole graph. */
    private Set<String> selection(String scope, Graph<ExportNode, ExportEdge> all) {
        int colon = scope.indexOf(':');
        String kind = colon < 0 ? scope : scope.substring(0, colon);
        if (colon < 0 || !KINDS.contains(kind)) throw unknownScope(kind);
        String value = scope.substring(colon + 1);
        Set<String> seeds = new LinkedHashSet<>();
        switch (kind) {
            case "document" -> all.vertexSet().stream().filter(n -> n.kind().equals("task") && n.label().startsWith(value))
                    .forEach(n -> seeds.add(n.id()));
            case "jurisdiction" -> {
                String code = jurisdictionCode(value, all);
                all.vertexSet().stream().filter(n -> n.kind().equals("task") && n.code().equals(code)).forEach(n -> seeds.add(n.id()));
            }
            case "unit" -> {
                for (ExportNode u : all.vertexSet()) {
                    if (!u.kind().equals("unit") || !(u.id().equals(value) || u.label().equals(value) || writtenAs(u.id(), value))) continue;
                    all.incomingEdgesOf(u).forEach(e -> seeds.add(all.getEdgeSource(e).id()));
                }
            }
            default -> {
                CascadeTracer tracer = new CascadeTracer(dataset, -1, 3);
                Cascade c = tracer.trace(new TaskReferences(dataset).resolve(value));
                c.above().forEach(n -> seeds.add(n.iri()));
                collect(c.root(), seeds);
            }
        }
        if (seeds.isEmpty()) throw new InvalidArgumentException("the scope '" + scope + "' selects nothing in the store");
        // Each selected task brings its units, targets and report; a unit scope keeps its partners too.
        Set<String> keep = new LinkedHashSet<>(seeds);
        for (ExportNode n : all.vertexSet()) {
            if (!seeds.contains(n.id())) continue;
            all.outgoingEdgesOf(n).forEach(e -> keep.add(all.getEdgeTarget(e).id()));
        }
        return keep;
    }

    private static InvalidArgumentException unknownScope(String kind) {
        List<String> names = new java.util.ArrayList<>(WHOLE);
        names.addAll(KINDS.stream().map(k -> k + ":").toList());
        return new InvalidArgumentException("unknown scope '" + kind + "'" + DidYouMean.hint(kind, names)
                + ": use all, unit-network, document:SOURCE, unit:NAME, jurisdiction:CODE|NAME or cascade:TASK");
    }

    /**
     * A jurisdiction's code from its code or its name: the whole name (武汉市) or its start (武汉); a
     * name several jurisdictions share is an error listing them.
     */
    private static String jurisdictionCode(String value, Graph<ExportNode, ExportEdge> all) {
        List<ExportNode> places = all.vertexSet().stream().filter(n -> n.kind().equals("jurisdiction")).toList();
        if (places.stream().anyMatch(n -> n.code().equals(value))) return value;
        List<ExportNode> named = places.stream().filter(n -> n.label().equals(value)).toList();
        if (named.isEmpty()) named = places.stream().filter(n -> n.label().startsWith(value)).toList();
        if (named.size() == 1) return named.get(0).code();
        if (named.isEmpty()) {
            throw new InvalidArgumentException("no jurisdiction with the code or name '" + value + "' in the store"
                    + DidYouMean.hint(value, places.stream().map(ExportNode::label).toList()));
        }
        throw new InvalidArgumentException("'" + value + "' names " + named.size() + " jurisdictions: "
                + named.stream().map(n -> n.label() + " (" + n.code() + ")").collect(java.util.stream.Collectors.joining(", ")) + "; give the code");
    }

    private boolean writtenAs(String unit, String name) {
        QuerySolutionMap b = new QuerySolutionMap();
        b.add("u", ResourceFactory.createResource(unit));
        b.add("name", ResourceFactory.createStringLiteral(name));
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(writtenAs).substitution(b).build()) {
            return qe.execAsk();
        }
    }

    private static void collect(CascadeNode n, Set<String> into) {
        into.add(n.iri());
        n.children().forEach(c -> collect(c, into));
    }

    private static ExportNode node(QuerySolution r, String kind) {
        return new ExportNode(iri(r, "n"), text(r, "label"), kind, text(r, "level"), text(r, "code"), "");
    }

    private static ExportNode add(Graph<ExportNode, ExportEdge> g, Map<String, ExportNode> nodes, ExportNode n) {
        return nodes.computeIfAbsent(n.id(), id -> {
            g.addVertex(n);
            return n;
        });
    }

    /** Adds an edge between two nodes already in the graph; ends the scope does not hold are skipped. */
    private static void edge(Graph<ExportNode, ExportEdge> g, Map<String, ExportNode> nodes, String from, String to, ExportEdge e) {
        ExportNode a = nodes.get(from);
        ExportNode b = nodes.get(to);
        if (a != null && b != null) g.addEdge(a, b, e);
    }

    private static String iri(QuerySolution r, String var) {
        return r.getResource(var).getURI();
    }

    private static String text(QuerySolution r, String var) {
        return r.contains(var) ? r.get(var).isLiteral() ? r.getLiteral(var).getLexicalForm() : r.getResource(var).getURI() : "";
    }

    /** Runs this package's query NAME.rq. */
    private void select(String name, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.create(SparqlResource.load(GraphBuilder.class, name), dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) each.accept(rs.next());
        }
    }
}
