package org.policykg.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.link.LinkStage;
import org.policykg.rdf.Iris;
import org.policykg.store.Tdb2Store;

/**
 * Drops documents from a store: their graphs, the links to their tasks and their text index
 * entries go in one transaction; then the links are rebuilt without them and the store compacted.
 */
public final class DocumentRemoval {

    private final Gazetteer gazetteer;

    public DocumentRemoval(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** What a removal did: the documents removed and the names the store did not hold. */
    public record Result(List<String> removed, List<String> unknown, LinkStage.Counts links) {}

    /** @param sources documents by file name, as {@code stats} lists them */
    public Result remove(Tdb2Store store, List<String> sources) {
        List<String> graphs = store.graphNames(Iris.document(""));
        List<String> removed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        for (String source : sources) {
            String graph = Iris.document(source);
            if (graphs.contains(graph) && !drop.contains(graph)) {
                drop.add(graph);
                removed.add(source);
            } else if (!graphs.contains(graph)) {
                unknown.add(source);
            }
        }
        if (drop.isEmpty()) return new Result(removed, unknown, null);
        store.removeGraphs(drop);
        LinkStage.Counts links = new LinkStage(gazetteer).run(store);
        store.compact();
        return new Result(removed, unknown, links);
    }
}
