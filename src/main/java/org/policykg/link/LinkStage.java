package org.policykg.link;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.rdf.Iris;
import org.policykg.store.Tdb2Store;

/**
 * Rebuilds the inferred links of a store: reads the corpus, links it, and replaces each inferred
 * kind's graph in its own transaction. Document graphs (with their stated links) are not touched.
 */
public final class LinkStage {

    private final Linker linker;

    public LinkStage(Gazetteer gazetteer) {
        this.linker = new Linker(gazetteer);
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

    public Counts run(Tdb2Store store) {
        long start = System.nanoTime();
        CorpusReader corpus = new CorpusReader(store.dataset());
        List<Link> links = linker.link(corpus.tasks(), corpus.paragraphs());
        // Link graphs of kinds no longer written (an older release's) go too: the links are rebuilt whole.
        for (String stale : store.graphNames(Iris.linkGraph(""))) store.removeGraph(stale);
        Map<LinkKind, Integer> accepted = new EnumMap<>(LinkKind.class);
        for (LinkKind kind : List.of(LinkKind.SAME_TASK, LinkKind.DERIVED_FROM, LinkKind.CONTRIBUTES_TO)) {
            store.replaceGraph(Iris.linkGraph(kind.localName()), sink -> LinkWriter.write(links, kind, sink));
            accepted.put(kind, (int) links.stream().filter(l -> l.kind() == kind && l.accepted()).count());
        }
        int candidates = (int) links.stream().filter(l -> l.kind() == LinkKind.CONTRIBUTES_TO).count();
        return new Counts(accepted, candidates, java.time.Duration.ofNanos(System.nanoTime() - start));
    }
}
