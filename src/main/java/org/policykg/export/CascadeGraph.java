package org.policykg.export;

import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;
import org.policykg.trace.Cascade;
import org.policykg.trace.CascadeNode;

/**
 * A traced cascade as an export graph, so that one DOT writer ({@link GraphWriters#dot}) draws it:
 * its tasks as nodes labelled as the trace shows them (jurisdiction and id, the start of the text,
 * the leads, the targets), and a contributesTo edge with the link's score from each task to the one
 * above it.
 */
public final class CascadeGraph {

    private static final int WIDTH = 24;
    private static final int LINES = 3;

    private CascadeGraph() {}

    public static Graph<ExportNode, ExportEdge> of(Cascade cascade) {
        Graph<ExportNode, ExportEdge> g = new DirectedPseudograph<>(ExportEdge.class);
        ExportNode above = null;
        for (CascadeNode n : cascade.above()) above = addBelow(g, n, above);
        addTree(g, cascade.root(), above);
        return g;
    }

    private static void addTree(Graph<ExportNode, ExportEdge> g, CascadeNode n, ExportNode above) {
        ExportNode node = addBelow(g, n, above);
        for (CascadeNode c : n.children()) addTree(g, c, node);
    }

    /** Adds a task and its edge up to {@code above} (none for the top). */
    private static ExportNode addBelow(Graph<ExportNode, ExportEdge> g, CascadeNode n, ExportNode above) {
        ExportNode node = new ExportNode(n.iri(), label(n), "task", n.level(), "", "");
        g.addVertex(node);
        if (above != null) g.addEdge(node, above, new ExportEdge("contributesTo", "", n.score(), 1));
        return node;
    }

    /** Lines joined by DOT's own \n escape, which the DOT writer passes through. */
    private static String label(CascadeNode n) {
        StringBuilder label = new StringBuilder(n.jurisdiction() + " · " + n.id() + "\\n" + wrap(n.text().replace("\\", "/")));
        if (!n.leads().isEmpty()) label.append("\\n牵头: ").append(String.join("、", n.leads().subList(0, Math.min(2, n.leads().size()))));
        if (!n.targets().isEmpty()) label.append("\\n").append(String.join("; ", n.targets().subList(0, Math.min(3, n.targets().size()))));
        return label.toString();
    }

    private static String wrap(String text) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, line = 0; i < text.length() && line < LINES; i += WIDTH, line++) {
            if (line > 0) sb.append("\\n");
            sb.append(text, i, Math.min(text.length(), i + WIDTH));
            if (line == LINES - 1 && i + WIDTH < text.length()) sb.append('…');
        }
        return sb.toString();
    }
}
