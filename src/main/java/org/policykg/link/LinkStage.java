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

    /** Counts of the links written, by kind. */
    public Map<LinkKind, Integer> run(Tdb2Store store) {
        CorpusReader corpus = new CorpusReader(store.dataset());
        List<Link> links = linker.link(corpus.tasks(), corpus.paragraphs());
        Map<LinkKind, Integer> counts = new EnumMap<>(LinkKind.class);
        for (LinkKind kind : List.of(LinkKind.SAME_TASK, LinkKind.DERIVED_FROM, LinkKind.CONTRIBUTES_TO)) {
            store.replaceGraph(Iris.linkGraph(kind.localName()), sink -> LinkWriter.write(links, kind, sink));
            counts.put(kind, (int) links.stream().filter(l -> l.kind() == kind).count());
        }
        return counts;
    }
}
