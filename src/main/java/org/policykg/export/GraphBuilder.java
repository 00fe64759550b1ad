package org.policykg.export;

import org.policykg.rdf.Sparql;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DirectedPseudograph;
import org.policykg.trace.Cascade;
import org.policykg.trace.CascadeNode;
import org.policykg.trace.CascadeTracer;
import org.policykg.problem.DidYouMean;
import org.policykg.problem.InvalidArgumentException;
import org.policykg.query.TaskReferences;

/**
 * Builds the graph an export writes, for a scope: the whole store (tasks, units, reports,
 * jurisdictions, targets and the links between tasks), a document, a unit with its tasks and
 * partners, a jurisdiction, a task's cascade, or the unit network (units joined by the tasks they
 * share, split by role).
 */
public final class GraphBuilder {


    static final String TASKS = Sparql.PREFIXES + """
            SELECT ?n ?label ?level ?code ?report WHERE {
              ?n a pkg:Task ; pkg:taskNumber ?num ; pkg:text ?text ; pkg:inList ?l .
              ?l pkg:listNumber ?list ; dcterms:isPartOf/pkg:fileName ?source ; pkg:implementsPlan ?plan .
              ?plan pkg:jurisdiction ?j . ?j skos:notation ?code ; pkg:level ?lc .
              OPTIONAL { ?plan a pkg:Report . BIND(?plan AS ?report) }
              BIND(STRAFTER(STR(?lc), "#") AS ?level)
              BIND(CONCAT(?source, ":", STR(?list), ":", ?num, " ", SUBSTR(STR(?text), 1, 30)) AS ?label)
            }""";
    static final String UNITS = Sparql.PREFIXES + """
            SELECT ?n ?label ?level ?code ?j WHERE {
              ?n a <http://www.w3.org/ns/org#Organization> ; skos:prefLabel ?l ; pkg:jurisdiction ?j .
              ?j skos:notation ?code ; pkg:level ?lc .
              BIND(STRAFTER(STR(?lc), "#") AS ?level) BIND(STR(?l) AS ?label)
            }""";
    static final String REPORTS = Sparql.PREFIXES + """
            SELECT ?n ?label ?level ?code ?j WHERE {
              ?n a pkg:Report ; rdfs:label ?l ; pkg:jurisdiction ?j . FILTER(lang(?l) = "zh")
              ?j skos:notation ?code ; pkg:level ?lc .
              BIND(STRAFTER(STR(?lc), "#") AS ?level) BIND(STR(?l) AS ?label)
            }""";
    static final String JURISDICTIONS = Sparql.PREFIXES + """
            SELECT ?n ?label ?level ?code WHERE {
              ?n a pkg:Jurisdiction ; rdfs:label ?l ; skos:notation ?code ; pkg:level ?lc .
              BIND(STRAFTER(STR(?lc), "#") AS ?level) BIND(STR(?l) AS ?label)
            }""";
    static final String TARGETS = Sparql.PREFIXES + """
            SELECT ?n ?label ?value ?task WHERE {
              ?task a pkg:Task ; pkg:target ?n . ?n pkg:indicator ?i ; pkg:valueAsWritten ?w ; qudt:numericValue ?v .
              BIND(CONCAT(STR(?i), " ", STR(?w)) AS ?label) BIND(STR(?v) AS ?value)
            }""";
    static final String RESPONSIBILITIES = Sparql.PREFIXES + """
            SELECT ?task ?unit ?role WHERE {
              ?task pkg:responsibility ?r . ?r prov:agent ?unit ; prov:hadRole ?rc . BIND(STRAFTER(STR(?rc), "#") AS ?role)
            }""";
    static final String LINKS = Sparql.PREFIXES + """
            SELECT ?child ?parent ?kind ?score WHERE {
              ?l pkg:linkKind ?k ; pkg:child ?child ; pkg:parent ?parent .
              ?parent a pkg:Task .
              OPTIONAL { ?l pkg:score ?score } OPTIONAL { ?l pkg:accepted ?a }
              FILTER(COALESCE(?a, true))
              BIND(STRAFTER(STR(?k), "#") AS ?kind)
            }""";

    private final Dataset dataset;

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
        select(JURISDICTIONS, r -> add(g, nodes, node(r, "jurisdiction")));
        select(REPORTS, r -> {
            ExportNode n = add(g, nodes, node(r, "report"));
            edge(g, nodes, n.id(), iri(r, "j"), new ExportEdge("inJurisdiction", "", null, 1));
        });
        select(UNITS, r -> {
            ExportNode n = add(g, nodes, node(r, "unit"));
            edge(g, nodes, n.id(), iri(r, "j"), new ExportEdge("inJurisdiction", "", null, 1));
        });
        select(TASKS, r -> {
            ExportNode n = add(g, nodes, node(r, "task"));
            if (r.contains("report")) edge(g, nodes, n.id(), iri(r, "report"), new ExportEdge("implements", "", null, 1));
        });
        select(TARGETS, r -> {
            ExportNode n = add(g, nodes, new ExportNode(iri(r, "n"), text(r, "label"), "target", "", "", text(r, "value")));
            edge(g, nodes, iri(r, "task"), n.id(), new ExportEdge("target", "", null, 1));
        });
        select(RESPONSIBILITIES, r -> edge(g, nodes, iri(r, "task"), iri(r, "unit"), new ExportEdge("responsible", text(r, "role"), null, 1)));
        select(LINKS, r -> edge(g, nodes, iri(r, "child"), iri(r, "parent"),
                new ExportEdge(text(r, "kind"), "", r.contains("score") ? r.getLiteral("score").getDouble() : null, 1)));
        return g;
    }

    private static final String PAIRS = Sparql.PREFIXES + """
            SELECT ?a ?b ?roles (COUNT(DISTINCT ?t) AS ?shared) WHERE {
              ?t pkg:responsibility ?ra , ?rb .
              ?ra prov:agent ?a ; prov:hadRole ?rca . ?rb prov:agent ?b ; prov:hadRole ?rcb .
              FILTER(STR(?a) < STR(?b))
              BIND(CONCAT(STRAFTER(STR(?rca), "#"), "-", STRAFTER(STR(?rcb), "#")) AS ?roles)
            } GROUP BY ?a ?b ?roles""";

    /** Units as nodes; an edge per pair of units and pair of roles, weighted by the tasks they share. */
    Graph<ExportNode, ExportEdge> unitNetwork() {
        Graph<ExportNode, ExportEdge> g = new DirectedPseudograph<>(ExportEdge.class);
        Map<String, ExportNode> nodes = new HashMap<>();
        select(UNITS, r -> add(g, nodes, node(r, "unit")));
        select(PAIRS, r -> edge(g, nodes, iri(r, "a"), iri(r, "b"),
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
        ParameterizedSparqlString q = new ParameterizedSparqlString(Sparql.PREFIXES + "ASK { ?u pkg:writtenName ?w FILTER(STR(?w) = ?name) }");
        q.setIri("u", unit);
        q.setLiteral("name", name);
        try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
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

    private void select(String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) each.accept(rs.next());
        }
    }
}
