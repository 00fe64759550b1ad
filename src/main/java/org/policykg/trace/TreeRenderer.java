package org.policykg.trace;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Prints a cascade as an indented tree: the chain above, the task, the tasks below. */
public final class TreeRenderer {

    private static final int TEXT_WIDTH = 48;

    private TreeRenderer() {}

    public static void render(Cascade cascade, PrintStream out) {
        render(cascade, out, UnaryOperator.identity());
    }

    /**
     * @param word the user's word for each English label the tree prints (lead, with, targets,
     *     province, city, district, contributes to)
     */
    public static void render(Cascade cascade, PrintStream out, UnaryOperator<String> word) {
        String indent = "";
        for (CascadeNode n : cascade.above()) {
            print(n, indent, indent, out, false, word);
            indent += "   ";
        }
        print(cascade.root(), indent, indent, out, true, word);
        children(cascade.root(), indent, out, word);
    }

    private static void children(CascadeNode node, String indent, PrintStream out, UnaryOperator<String> word) {
        List<CascadeNode> children = node.children();
        for (int i = 0; i < children.size(); i++) {
            boolean last = i == children.size() - 1;
            CascadeNode c = children.get(i);
            print(c, indent + (last ? "└─ " : "├─ "), indent + (last ? "   " : "│  "), out, false, word);
            children(c, indent + (last ? "   " : "│  "), out, word);
        }
    }

    private static void print(CascadeNode n, String first, String rest, PrintStream out, boolean root, UnaryOperator<String> word) {
        String link = n.linkKind() == null ? "" : String.format(Locale.ROOT, "  [%s %.3f]", word.apply(n.linkKind()), n.score());
        out.println(first + (root ? "● " : "") + n.jurisdiction() + " (" + word.apply(n.level()) + ") " + n.id() + link);
        out.println(rest + "   " + shorten(n.text()));
        if (!n.leads().isEmpty()) out.println(rest + "   " + word.apply("lead") + ": " + String.join("、", n.leads()));
        if (!n.others().isEmpty()) out.println(rest + "   " + word.apply("with") + ": " + String.join("、", n.others()));
        if (!n.targets().isEmpty()) out.println(rest + "   " + word.apply("targets") + ": " + String.join("; ", n.targets()));
    }

    private static String shorten(String text) {
        return text.length() <= TEXT_WIDTH ? text : text.substring(0, TEXT_WIDTH) + "…";
    }
}
