package org.policykg.trace;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a cascade as a Graphviz digraph, top level first, with UTF-8 and a CJK font so that
 * Chinese labels render (Noto Sans CJK SC, from Debian's fonts-noto-cjk).
 */
public final class DotRenderer {

    private DotRenderer() {}

    public static void render(Cascade cascade, PrintStream out) {
        out.println("digraph cascade {");
        out.println("  charset=\"UTF-8\"; rankdir=TB;");
        out.println("  node [shape=box, style=\"rounded,filled\", fontname=\"Noto Sans CJK SC\", fontsize=10];");
        out.println("  edge [fontname=\"Noto Sans CJK SC\", fontsize=9];");
        List<String[]> edges = new ArrayList<>();
        CascadeNode previous = null;
        for (CascadeNode n : cascade.above()) {
            node(n, false, out);
            if (previous != null) edges.add(new String[] {n.iri(), previous.iri(), label(n)});
            previous = n;
        }
        node(cascade.root(), true, out);
        if (previous != null) edges.add(new String[] {cascade.root().iri(), previous.iri(), label(cascade.root())});
        below(cascade.root(), out, edges);
        for (String[] e : edges) out.println("  " + quote(e[1]) + " -> " + quote(e[0]) + " [label=" + quote(e[2]) + "];");
        out.println("}");
    }

    private static void below(CascadeNode node, PrintStream out, List<String[]> edges) {
        for (CascadeNode c : node.children()) {
            node(c, false, out);
            edges.add(new String[] {c.iri(), node.iri(), label(c)});
            below(c, out, edges);
        }
    }

    private static void node(CascadeNode n, boolean root, PrintStream out) {
        StringBuilder label = new StringBuilder(n.jurisdiction() + " · " + n.id() + "\\n" + wrap(n.text(), 24, 3));
        if (!n.leads().isEmpty()) label.append("\\n牵头: ").append(String.join("、", n.leads().subList(0, Math.min(2, n.leads().size()))));
        if (!n.targets().isEmpty()) label.append("\\n").append(String.join("; ", n.targets().subList(0, Math.min(3, n.targets().size()))));
        String colour = switch (n.level()) {
            case "province" -> "#fde0c5";
            case "city" -> "#cfe2f3";
            default -> "#d9ead3";
        };
        out.println("  " + quote(n.iri()) + " [label=\"" + escape(label.toString()) + "\", fillcolor=\"" + colour + "\""
                + (root ? ", penwidth=2" : "") + "];");
    }

    private static String label(CascadeNode child) {
        return child.linkKind() == null ? "" : String.format("%.2f", child.score());
    }

    private static String wrap(String text, int width, int lines) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0, line = 0; i < text.length() && line < lines; i += width, line++) {
            if (line > 0) sb.append("\\n");
            sb.append(text, i, Math.min(text.length(), i + width));
            if (line == lines - 1 && i + width < text.length()) sb.append('…');
        }
        return sb.toString();
    }

    /** Escapes quotes and backslashes that are not our own \n line breaks. */
    private static String escape(String s) {
        return s.replace("\"", "\\\"").replaceAll("\\\\(?!n)", "\\\\\\\\");
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\\\"") + "\"";
    }
}
