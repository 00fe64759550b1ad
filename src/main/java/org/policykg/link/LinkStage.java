package org.policykg.link;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.jena.riot.system.StreamRDF;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.store.Tdb2Store;

/**
 * Rebuilds the inferred links of a store: reads the corpus one chain at a time, links it, and
 * replaces every inferred kind's graph in one transaction, so an interrupted run leaves the previous
 * links whole. Document
 * graphs (with their stated links) are not touched.
 */
public final class LinkStage {

    /** The inferred kinds, each in its own graph. */
    public static final List<LinkKind> KINDS = List.of(LinkKind.SAME_TASK, LinkKind.DERIVED_FROM, LinkKind.CONTRIBUTES_TO);

    private final Gazetteer gazetteer;
    private final Linker linker;
    private final UnaryOperator<StreamRDF> sink;

    public LinkStage(Gazetteer gazetteer) {
        this(gazetteer, UnaryOperator.identity());
    }

    /** @param sink wraps the store's sink: tests use it to fail half-way through the writes */
    LinkStage(Gazetteer gazetteer, UnaryOperator<StreamRDF> sink) {
        this.gazetteer = gazetteer;
        this.linker = new Linker(gazetteer);
        this.sink = sink;
    }

    /** What a run wrote: accepted links by kind, and the candidates kept for contributions. */
    public record Counts(Map<LinkKind, Integer> accepted, int candidates, java.time.Duration time) {

        @Override
        public String toString() {
            return accepted.get(LinkKind.SAME_TASK) + " same task, " + accepted.get(LinkKind.DERIVED_FROM) + " derived from report text, "
                    + accepted.get(LinkKind.CONTRIBUTES_TO) + " contributes to (of " + candidates + " candidates) in "
                    + String.format("%.1f s", time.toMillis() / 1000.0);
        }
    }

    /**
     * Whether the store's links were computed from the documents it now holds: false after a
     * build cut short before its link stage, or a store from before links were stamped.
     */
    public static boolean upToDate(Tdb2Store store) {
        List<String> names = store.graphNames(Iris.linkGraph(""));
        if (!KINDS.stream().allMatch(k -> names.contains(Iris.linkGraph(k.localName())))) return false;
        return store.graphValue(Iris.linkGraph(LinkKind.CONTRIBUTES_TO.localName()), PKG.linkedCorpus.asNode())
                .map(stamp -> stamp.equals(store.stampOf(Iris.document(""))))
                .orElse(false);
    }

    /** The counts of the links the store holds, for a build that kept them. */
    public static Counts stored(Tdb2Store store) {
        var dsg = store.dataset().asDatasetGraph();
        return dsg.calculateRead(() -> {
            Map<LinkKind, Integer> accepted = new EnumMap<>(LinkKind.class);
            int candidates = 0;
            for (LinkKind kind : KINDS) {
                var graph = org.apache.jena.graph.NodeFactory.createURI(Iris.linkGraph(kind.localName()));
                var trueValue = org.apache.jena.graph.NodeFactory.createLiteralDT("true", org.apache.jena.datatypes.xsd.XSDDatatype.XSDboolean);
                accepted.put(kind, (int) dsg.stream(graph, null, org.policykg.rdf.PKG.accepted.asNode(), trueValue).count());
                if (kind == LinkKind.CONTRIBUTES_TO) {
                    candidates = (int) dsg.stream(graph, null, org.policykg.rdf.PKG.accepted.asNode(), null).count();
                }
            }
            return new Counts(accepted, candidates, java.time.Duration.ZERO);
        });
    }

    private static org.apache.jena.sparql.core.Quad corpusStamp(String graph, String stamp) {
        var g = org.apache.jena.graph.NodeFactory.createURI(graph);
        return org.apache.jena.sparql.core.Quad.create(g, g, PKG.linkedCorpus.asNode(), org.apache.jena.graph.NodeFactory.createLiteralString(stamp));
    }

    /**
     * Links each province's chain on its own: a task's candidates are on its own chain (its city and
     * province), so the linker need only hold one chain's texts, bigram bags and index at a time,
     * and the work per chain does not grow with the number of chains. National tasks, above every
     * chain, join each one; what they yield in several is kept once. These tasks are in memory already
     * (tests); {@link #run} reads each chain from the store when it links it.
     */
    List<Link> linkByChain(List<LinkTask> tasks, List<Linker.ReportParagraph> paragraphs) {
        Map<String, List<LinkTask>> chains = new LinkedHashMap<>();
        for (LinkTask t : tasks) chains.computeIfAbsent(chainOf(t.jurisdiction()), k -> new ArrayList<>()).add(t);
        Map<String, List<Linker.ReportParagraph>> byReport = new HashMap<>();
        for (Linker.ReportParagraph p : paragraphs) byReport.computeIfAbsent(p.reportIri(), k -> new ArrayList<>()).add(p);
        List<Link> links = new ArrayList<>();
        linkChains(new ArrayList<>(chains.keySet()), chains::get, all -> paragraphsOf(all, byReport), links::add);
        return links;
    }

    /** The same, reading one chain's tasks and paragraphs at a time (the governments of a province, then the nation's once). */
    void linkByChain(CorpusReader corpus, Consumer<Link> links) {
        Map<String, List<String>> chains = new LinkedHashMap<>();
        for (String code : corpus.governments()) chains.computeIfAbsent(chainOf(code), k -> new ArrayList<>()).add(code);
        linkChains(new ArrayList<>(chains.keySet()), chain -> corpus.tasks(chains.get(chain)),
                all -> corpus.paragraphs(CorpusReader.reportsOf(all)), links);
    }

    /**
     * @param chains the chains' keys (province codes) in the order their first task comes
     * @param links receives each chain's links as soon as the chain is linked
     */
    private void linkChains(List<String> chains, Function<String, List<LinkTask>> tasksOf,
                            Function<List<LinkTask>, List<Linker.ReportParagraph>> paragraphsOf, Consumer<Link> links) {
        String nation = Jurisdiction.NATIONAL_CODE;
        List<LinkTask> national = chains.contains(nation) ? tasksOf.apply(nation) : List.of();
        Set<String> nationalTasks = new HashSet<>();
        for (LinkTask t : national) nationalTasks.add(t.iri());
        Set<List<Object>> seen = new HashSet<>();
        for (String chain : chains) {
            if (chain.equals(nation) && chains.size() > 1) continue;
            List<LinkTask> all = new ArrayList<>(chain.equals(nation) ? national : tasksOf.apply(chain));
            if (!chain.equals(nation)) all.addAll(national);
            for (Link l : linker.link(all, paragraphsOf.apply(all))) {
                if (!nationalTasks.contains(l.child()) || seen.add(List.of(l.kind(), l.child(), l.parent()))) links.accept(l);
            }
        }
    }

    /** The province a jurisdiction lies in (itself for a province; the code itself for the nation or a code the gazetteer lacks). */
    private String chainOf(String code) {
        return gazetteer.byCode(code).flatMap(j -> gazetteer.ancestorAt(j, Level.PROVINCE)).map(Jurisdiction::code).orElse(code);
    }

    private static List<Linker.ReportParagraph> paragraphsOf(List<LinkTask> tasks, Map<String, List<Linker.ReportParagraph>> byReport) {
        List<Linker.ReportParagraph> paragraphs = new ArrayList<>();
        for (String report : CorpusReader.reportsOf(tasks)) paragraphs.addAll(byReport.getOrDefault(report, List.of()));
        return paragraphs;
    }

    /**
     * Links the store's corpus chain by chain, the links found going to temporary files as each chain
     * is done, then replaces every link graph in one transaction from those files.
     */
    public Counts run(Tdb2Store store) {
        long start = System.nanoTime();
        try (LinkSpill spill = new LinkSpill(KINDS)) {
            linkByChain(new CorpusReader(store.dataset()), spill::add);
            String corpusStamp = store.stampOf(Iris.document(""));
            Map<String, Consumer<StreamRDF>> graphs = new LinkedHashMap<>();
            Map<LinkKind, Integer> accepted = new EnumMap<>(LinkKind.class);
            for (LinkKind kind : KINDS) {
                String graph = Iris.linkGraph(kind.localName());
                graphs.put(graph, out -> {
                    spill.replay(kind, sink.apply(out));
                    if (kind == LinkKind.CONTRIBUTES_TO) out.quad(corpusStamp(graph, corpusStamp));
                });
                accepted.put(kind, spill.accepted(kind));
            }
            // Link graphs of kinds no longer written (an older release's) go too: the links are rebuilt whole.
            List<String> stale = new ArrayList<>(store.graphNames(Iris.linkGraph("")));
            stale.removeAll(graphs.keySet());
            store.replaceGraphs(stale, graphs);
            return new Counts(accepted, spill.written(LinkKind.CONTRIBUTES_TO), java.time.Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
