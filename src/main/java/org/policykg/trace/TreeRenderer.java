package org.policykg.trace;

import java.io.PrintStream;
import java.util.List;

/** Prints a cascade as an indented tree: the chain above, the task, the tasks below. */
public final class TreeRenderer {

    private static final int TEXT_WIDTH = 48;

    private TreeRenderer() {}

    public static void render(Cascade cascade, PrintStream out) {
        String indent = "";
        for (CascadeNode n : cascade.above()) {
            print(n, indent, indent, out, false);
            indent += "   ";
        }
        print(cascade.root(), indent, indent, out, true);
        children(cascade.root(), indent, out);
    }

    private static void children(CascadeNode node, String indent, PrintStream out) {
        List<CascadeNode> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            CascadeNode c = children.get(i);
            print(c, indent + (last ? "└─ " : "├─ "), indent + (last ? "   " : "│  "), out, false);
            children(c, indent + (last ? "   " : "│  "), out);
        }
    }

    private static void print(CascadeNode n, String first, String rest, PrintStream out, boolean root) {
        String link = n.linkKind() == null ? "" : String.format("  [%s %.3f]", n.linkKind(), n.score());
        out.println(first + (root ? "● " : "") + n.jurisdiction() + " (" + n.level() + ") " + n.id() + link);
        out.println(rest + "   " + shorten(n.text()));
        if (!n.leads().isEmpty()) out.println(rest + "   lead: " + String.join("、", n.leads()));
        if (!n.others().isEmpty()) out.println(rest + "   with: " + String.join("、", n.others()));
        if (!n.targets().isEmpty()) out.println(rest + "   targets: " + String.join("; ", n.targets()));
    }

    private static String shorten(String text) {
        return text.length() <= TEXT_WIDTH ? text : text.substring(0, TEXT_WIDTH) + "…";
    }
}
