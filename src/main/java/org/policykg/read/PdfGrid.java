package org.policykg.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policykg.read.PdfRulings.Rule;

/**
 * A ruled table of a PDF page: the x of its column rules and the y of its row rules, and which
 * grid cells are one cell because no rule separates them (a merged cell). Made from the rules that
 * meet each other; a lone rule (an underline, the red line under a letterhead) makes no table.
 */
final class PdfGrid {

    /** Rules this close (points) are one; a rule ending this close to another meets it. */
    private static final float NEAR = 2.5f;

    final float[] xs;
    final float[] ys;
    /** For each grid cell, the index of the grid cell at the top left of the cell it belongs to. */
    private final int[] owner;

    private PdfGrid(float[] xs, float[] ys, List<Rule> rules) {
        this.xs = xs;
        this.ys = ys;
        owner = new int[rows() * columns()];
        for (int i = 0; i < owner.length; i++) owner[i] = i;
        merge(rules);
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    /** The tables the rules of a page make, top to bottom. */
    static List<PdfGrid> of(List<Rule> rules) {
        List<List<Rule>> groups = connected(rules);
        List<PdfGrid> grids = new ArrayList<>();
        for (List<Rule> group : groups) {
            float[] xs = positions(group, false);
            float[] ys = positions(group, true);
            if (xs.length >= 2 && ys.length >= 2) grids.add(new PdfGrid(xs, ys, group));
        }
        grids.sort((a, b) -> Float.compare(a.top(), b.top()));
        return grids;
    }

    /** The grid cell (row, column) holding a point, or null when the point is outside the table. */
    int[] locate(float x, float y) {
        int c = index(xs, x);
        int r = index(ys, y);
        if (c < 0 || r < 0) return null;
        int o = owner[r * columns() + c];
        return new int[] {o / columns(), o % columns()};
    }

    /** The rows and columns the cell whose top-left grid cell is (row, column) spans. */
    int[] span(int row, int column) {
        int id = row * columns() + column;
        int lastRow = row;
        int lastColumn = column;
        for (int i = 0; i < owner.length; i++) {
            if (owner[i] == id) {
                lastRow = Math.max(lastRow, i / columns());
                lastColumn = Math.max(lastColumn, i % columns());
            }
        }
        return new int[] {lastRow - row + 1, lastColumn - column + 1};
    }

    boolean isCellStart(int row, int column) {
        return owner[row * columns() + column] == row * columns() + column;
    }

    private static int index(float[] bounds, float v) {
        if (v < bounds[0] || v > bounds[bounds.length - 1]) return -1;
        for (int i = 0; i < bounds.length - 1; i++) if (v <= bounds[i + 1]) return i;
        return bounds.length - 2;
    }

    /** Grid cells with no rule between them are one cell; its owner is its top-left grid cell. */
    private void merge(List<Rule> rules) {
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < columns(); c++) {
                float midY = (ys[r] + ys[r + 1]) / 2;
                float midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < columns() && !ruled(rules, false, xs[c + 1], midY)) union(r * columns() + c, r * columns() + c + 1);
                if (r + 1 < rows() && !ruled(rules, true, ys[r + 1], midX)) union(r * columns() + c, (r + 1) * columns() + c);
            }
        }
        for (int i = 0; i < owner.length; i++) owner[i] = find(i);
    }

    private static boolean ruled(List<Rule> rules, boolean horizontal, float at, float across) {
        for (Rule rule : rules) {
            if (rule.horizontal() == horizontal && Math.abs(rule.at() - at) <= NEAR
                    && rule.from() - NEAR <= across && across <= rule.to() + NEAR) return true;
        }
        return false;
    }

    private int find(int i) {
        while (owner[i] != i) i = owner[i];
        return i;
    }

    /** Joins two sets, the smaller index (the top-left grid cell) owning both. */
    private void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra != rb) owner[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    /** The distinct positions of the horizontal (y) or vertical (x) rules, rules this close taken as one. */
    private static float[] positions(List<Rule> rules, boolean horizontal) {
        List<Float> at = rules.stream().filter(r -> r.horizontal() == horizontal).map(Rule::at).sorted().toList();
        List<Float> out = new ArrayList<>();
        for (float v : at) {
            if (out.isEmpty() || v - out.get(out.size() - 1) > NEAR) out.add(v);
        }
        float[] result = new float[out.size()];
        for (int i = 0; i < result.length; i++) result[i] = out.get(i);
        return result;
    }

    /** The rules in groups that touch each other (a horizontal rule crossing or meeting a vertical one). */
    private static List<List<Rule>> connected(List<Rule> rules) {
        int[] parent = new int[rules.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        for (int i = 0; i < rules.size(); i++) {
            for (int j = i + 1; j < rules.size(); j++) {
                if (touch(rules.get(i), rules.get(j))) {
                    int a = root(parent, i);
                    int b = root(parent, j);
                    if (a != b) parent[b] = a;
                }
            }
        }
        List<List<Rule>> groups = new ArrayList<>();
        int[] groupOf = new int[rules.size()];
        Arrays.fill(groupOf, -1);
        for (int i = 0; i < rules.size(); i++) {
            int root = root(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(rules.get(i));
        }
        return groups;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) i = parent[i] = parent[parent[i]];
        return i;
    }

    private static boolean touch(Rule a, Rule b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.at() - b.at()) <= NEAR && a.from() <= b.to() + NEAR && b.from() <= a.to() + NEAR;
        }
        Rule h = a.horizontal() ? a : b;
        Rule v = a.horizontal() ? b : a;
        return h.from() - NEAR <= v.at() && v.at() <= h.to() + NEAR && v.from() - NEAR <= h.at() && h.at() <= v.to() + NEAR;
    }
}
