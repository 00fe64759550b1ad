package org.policykg.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/**
 * Inferred links whose ends a document took with it. Run in the transaction that replaces or
 * removes the document, so links never point at a task that is gone, even if the link stage that
 * would rebuild them never runs.
 */
final class DanglingLinks {

    private static final List<Node> LINKABLE = List.of(PKG.Task.asNode(), PKG.ReportParagraph.asNode(), PKG.ReportTask.asNode());

    private final DatasetGraph tdb;

    DanglingLinks(DatasetGraph tdb) {
        this.tdb = tdb;
    }

    /** The tasks and paragraphs of a graph, read before it is replaced. */
    Set<Node> linkable(Node graph) {
        Set<Node> items = new HashSet<>();
        for (Node type : LINKABLE) {
            tdb.find(graph, Node.ANY, RDF.type.asNode(), type).forEachRemaining(q -> items.add(q.getSubject()));
        }
        return items;
    }

    /** Removes the links to or from items no graph describes any more. */
    void removeLinksOf(Set<Node> before) {
        if (before.isEmpty()) return; // new documents: listing the graphs costs a scan of a large store
        List<Node> linkGraphs = new ArrayList<>();
        tdb.listGraphNodes().forEachRemaining(g -> {
            if (g.isURI() && g.getURI().startsWith(Iris.linkGraph(""))) linkGraphs.add(g);
        });
        if (linkGraphs.isEmpty()) return;
        for (Node item : before) {
            if (stillDescribed(item)) continue;
            for (Node graph : linkGraphs) remove(graph, item);
        }
    }

    private boolean stillDescribed(Node item) {
        var it = tdb.find(Node.ANY, item, RDF.type.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                if (!it.next().getGraph().getURI().startsWith(Iris.linkGraph(""))) return true;
            }
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private void remove(Node graph, Node item) {
        List<Quad> gone = new ArrayList<>();
        for (Node end : List.of(PKG.child.asNode(), PKG.parent.asNode())) {
            tdb.find(graph, Node.ANY, end, item).forEachRemaining(q -> tdb.find(graph, q.getSubject(), Node.ANY, Node.ANY).forEachRemaining(gone::add));
        }
        tdb.find(graph, item, Node.ANY, Node.ANY).forEachRemaining(gone::add);
        tdb.find(graph, Node.ANY, Node.ANY, item).forEachRemaining(gone::add);
        gone.forEach(tdb::delete);
    }
}
