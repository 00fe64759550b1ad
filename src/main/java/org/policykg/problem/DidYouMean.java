package org.policykg.problem;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** The known names closest to a mistyped one, by edit distance, for "did you mean …" in usage errors. */
public final class DidYouMean {

    private DidYouMean() {}

    /** Up to three candidates within a few edits of {@code input} (or that contain it), closest first. */
    public static List<String> among(String input, Collection<String> candidates) {
        String in = input.toLowerCase(java.util.Locale.ROOT);
        int allowed = Math.max(2, in.codePointCount(0, in.length()) / 3);
        return candidates.stream().distinct()
                .filter(c -> c.toLowerCase(java.util.Locale.ROOT).contains(in) || distance(in, c.toLowerCase(java.util.Locale.ROOT)) <= allowed)
                .sorted(Comparator.comparingInt((String c) -> distance(in, c.toLowerCase(java.util.Locale.ROOT))).thenComparing(c -> c))
                .limit(3).toList();
    }

    /** " (did you mean a, b?)", or nothing when no candidate is close. */
    public static String hint(String input, Collection<String> candidates) {
        List<String> close = among(input, candidates);
        return close.isEmpty() ? "" : " (did you mean " + String.join(", ", close) + "?)";
    }

    /** Levenshtein distance over code points. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) previous[j] = j;
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }
}
