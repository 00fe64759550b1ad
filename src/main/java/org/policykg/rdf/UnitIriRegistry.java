package org.policykg.rdf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.model.UnitRef;

/**
 * Unit IRIs that survive a change of the folding rules. A unit's IRI is minted once, from its
 * jurisdiction and the fold key it has when first seen ({@link Iris#unit}), and the store keeps it
 * (graph {@link #GRAPH}): fold key → IRI and written name → IRI. A later build gives the IRI again
 * to the same key, or to a key it has not seen whose written name it has, so a new rule that changes
 * a unit's key keeps its IRI. When a rule folds two known units into one, the IRI no unit claims any
 * more is written {@code owl:sameAs} the kept one (graph {@link #REDIRECTS}).
 *
 * <p>An entry is a blank node in the registry graph: {@code skos:notation} the jurisdiction code,
 * {@code skos:hiddenLabel} a fold key or {@code skos:altLabel} a written name (NFKC, no white space),
 * {@code rdfs:seeAlso} the IRI. Neither label is text-indexed, so the entries stay out of searches.
 * Thread-safe: documents may be mapped in parallel (the first to claim a key keeps it).
 */
public final class UnitIriRegistry {

    public static final String GRAPH = "https://w3id.org/policykg/graph/unit-iris";
    public static final String REDIRECTS = "https://w3id.org/policykg/graph/unit-redirects";

    private static final String UNKNOWN = "unknown";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    /** scope + TAB + fold key → IRI, and scope + TAB + written name → IRI, as stored and as claimed since. */
    private final Map<String, String> byKey;
    /** How many keys of {@link #byKey} hold each IRI: minting asks it for every new unit, so not by a scan of the map. */
    private final Map<String, Integer> keysHolding = new HashMap<>();
    private final Map<String, String> byName;
    /** IRI → the key that claimed it in this build: one IRI, one unit. */
    private final Map<String, String> claims = new HashMap<>();
    /** Earlier IRIs of names whose unit now has another IRI: redirected if no unit claims them. */
    private final Map<String, String> dropped;
    /** Whether the registry holds anything the store does not: written back only then. */
    private boolean changed;

    private UnitIriRegistry(Map<String, String> byKey, Map<String, String> byName, Map<String, String> redirects) {
        this.byKey = byKey;
        byKey.values().forEach(iri -> keysHolding.merge(iri, 1, Integer::sum));
        this.byName = byName;
        this.dropped = redirects;
    }

    /** A registry with nothing known: every unit gets the IRI of its key (extract, tests). */
    public static UnitIriRegistry empty() {
        return new UnitIriRegistry(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
    }

    /** The registry the store keeps: its registry graph and its redirect graph (either may be empty). */
    public static UnitIriRegistry of(Graph registry, Graph redirects) {
        Map<String, String> byKey = new TreeMap<>();
        Map<String, String> byName = new TreeMap<>();
        registry.find(Node.ANY, RDFS.seeAlso.asNode(), Node.ANY).forEachRemaining(t -> {
            String scope = literal(registry, t.getSubject(), SKOS.notation.asNode());
            String key = literal(registry, t.getSubject(), SKOS.hiddenLabel.asNode());
            String name = literal(registry, t.getSubject(), SKOS.altLabel.asNode());
            if (scope == null || !t.getObject().isURI()) return;
            if (key != null) byKey.put(scope + '\t' + key, t.getObject().getURI());
            if (name != null) byName.put(scope + '\t' + name, t.getObject().getURI());
        });
        Map<String, String> sameAs = new TreeMap<>();
        redirects.find(Node.ANY, OWL.sameAs.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isURI()) sameAs.put(t.getSubject().getURI(), t.getObject().getURI());
        });
        return new UnitIriRegistry(byKey, byName, sameAs);
    }

    /**
     * The IRI of {@code unit}, written {@code written} where the text names it: the IRI of its key,
     * else the IRI of its written name, else a new one; an IRI another key claimed in this build is
     * never given again.
     */
    public synchronized String iri(UnitRef unit, String written) {
        String scope = unit.jurisdiction() == null ? UNKNOWN : unit.jurisdiction().code();
        String key = scope + '\t' + unit.key();
        String name = scope + '\t' + normalise(written == null ? unit.canonicalName() : written);
        String iri = free(byKey.get(key), key);
        if (iri == null) iri = free(byName.get(name), key);
        if (iri == null) iri = mint(unit, key);
        claims.put(iri, key);
        changed |= dropped.containsKey(iri) || !iri.equals(holdKey(key, iri));
        String before = byName.put(name, iri);
        changed |= !iri.equals(before);
        if (before != null && !before.equals(iri)) dropped.put(before, iri);
        return iri;
    }

    /** Whether this build gave a key or a name an IRI the store does not have for it. */
    public synchronized boolean changed() {
        return changed;
    }

    /** The registry graph, as quads of {@link #GRAPH}: every key and name known, with its IRI. */
    public synchronized void writeRegistry(StreamRDF out) {
        Node graph = NodeFactory.createURI(GRAPH);
        entries(out, graph, byKey, SKOS.hiddenLabel.asNode());
        entries(out, graph, byName, SKOS.altLabel.asNode());
    }

    /**
     * The redirect graph, as quads of {@link #REDIRECTS}: each IRI a unit had and no unit claims now,
     * owl:sameAs the unit's IRI now.
     */
    public synchronized void writeRedirects(StreamRDF out) {
        Node graph = NodeFactory.createURI(REDIRECTS);
        for (Map.Entry<String, String> e : redirects().entrySet()) {
            out.quad(Quad.create(graph, NodeFactory.createURI(e.getKey()), OWL.sameAs.asNode(), NodeFactory.createURI(e.getValue())));
        }
    }

    /** Old IRI → the IRI its unit has now; an IRI claimed again in this build is no redirect. */
    synchronized Map<String, String> redirects() {
        Map<String, String> kept = new TreeMap<>();
        dropped.forEach((from, to) -> {
            if (!claims.containsKey(from)) kept.put(from, claims.containsKey(to) ? to : dropped.getOrDefault(to, to));
        });
        return kept;
    }

    /** The IRI, unless another key claimed it in this build. */
    private String free(String iri, String key) {
        return iri == null || claims.getOrDefault(iri, key).equals(key) ? iri : null;
    }

    /** The IRI of the key; should another key hold that text, the next free of IRI-2, IRI-3 … */
    private String mint(UnitRef unit, String key) {
        String base = Iris.unit(unit);
        String iri = base;
        for (int n = 2; claims.containsKey(iri) || keysHolding.containsKey(iri) && !iri.equals(byKey.get(key)); n++) iri = base + "-" + n;
        return iri;
    }

    /** Gives the key this IRI; the IRI it held before, if any. */
    private String holdKey(String key, String iri) {
        String before = byKey.put(key, iri);
        keysHolding.merge(iri, 1, Integer::sum);
        if (before != null) keysHolding.computeIfPresent(before, (k, n) -> n == 1 ? null : n - 1);
        return before;
    }

    /** As written, but for NFKC and white space, which no rule should be needed for. */
    static String normalise(String written) {
        return WHITE_SPACE.matcher(Normalizer.normalize(written, Normalizer.Form.NFKC)).replaceAll("");
    }

    private static void entries(StreamRDF out, Node graph, Map<String, String> entries, Node label) {
        for (Map.Entry<String, String> e : entries.entrySet()) {
            int tab = e.getKey().indexOf('\t');
            Node entry = NodeFactory.createBlankNode();
            out.quad(Quad.create(graph, entry, SKOS.notation.asNode(), NodeFactory.createLiteralString(e.getKey().substring(0, tab))));
            out.quad(Quad.create(graph, entry, label, NodeFactory.createLiteralString(e.getKey().substring(tab + 1))));
            out.quad(Quad.create(graph, entry, RDFS.seeAlso.asNode(), NodeFactory.createURI(e.getValue())));
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).toList().stream().map(Triple::getObject).filter(Node::isLiteral)
                .map(Node::getLiteralLexicalForm).findFirst().orElse(null);
    }
}
