package org.policykg.link;

import java.util.Map;

/**
 * A monotone alignment of a lower list with a higher one, as sentence aligners draw it: each child
 * task goes to at most one parent task of the list, the children's parents never go back up the
 * list, and the alignment takes the most strong text evidence overall. The alignment then gives each
 * child a band of the parent list: from its previous neighbour's place to its next neighbour's, so a
 * candidate inside the band has the order of the whole list behind it, not only its own words.
 */
final class ListAlignment {

    /** Text evidence below this (the 90th percentile of non-parents on the tuning half) does not anchor the alignment. */
    static final double FLOOR = 0.4;

    private final int[] anchor;

    /**
     * @param children the lower list's length, {@code parents} the higher's; {@code score} child place →
     *        parent place → text evidence of the pair
     */
    ListAlignment(int children, int parents, Map<Integer, Map<Integer, Double>> score) {
        // best[i][j]: the most evidence aligning the first i children with parents up to place j.
        double[][] best = new double[children + 1][parents + 1];
        for (int i = 1; i <= children; i++) {
            Map<Integer, Double> row = score.getOrDefault(i - 1, Map.of());
            for (int j = 1; j <= parents; j++) {
                best[i][j] = Math.max(best[i][j - 1], best[i - 1][j] + weight(row.getOrDefault(j - 1, 0.0)));
            }
        }
        anchor = new int[children];
        java.util.Arrays.fill(anchor, -1);
        for (int i = children, j = parents; i > 0 && j > 0; ) {
            if (best[i][j] == best[i][j - 1]) {
                j--;
                continue;
            }
            if (weight(score.getOrDefault(i - 1, Map.of()).getOrDefault(j - 1, 0.0)) > 0) anchor[i - 1] = j - 1;
            i--;
        }
    }

    private static double weight(double score) {
        return Math.max(0, score - FLOOR);
    }

    /**
     * How well a parent place fits the child's band (its nearest anchored neighbours' places): 1 inside,
     * halving every two places outside; 0 where no neighbour on either side is anchored.
     */
    double fit(int child, int parent) {
        int lo = -1;
        int hi = -1;
        for (int i = child - 1; i >= 0 && lo < 0; i--) lo = anchor[i];
        for (int i = child + 1; i < anchor.length && hi < 0; i++) hi = anchor[i];
        if (lo < 0 && hi < 0) return 0;
        if (lo < 0) lo = 0;
        if (hi < 0) hi = Integer.MAX_VALUE;
        int outside = parent < lo ? lo - parent : parent > hi ? parent - hi : 0;
        return Math.pow(0.5, outside / 2.0);
    }
}
