package org.policykg.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a field's value into unit names on 、 , ; and line breaks, never inside brackets
 * (各县(市、区)政府 is one unit), and trims what is not part of a name: separators, a closing 等,
 * and a bracket left unmatched (004 writes 相关县(市、区)政府)]).
 */
final class UnitNameSplitter {

    private static final String SEPARATORS = "、,;\n";
    private static final String TRIM = " \t\n、,;:。.";

    /** Spans [start, end) of the names in {@code text[from, to)}. */
    List<int[]> split(String text, int from, int to) {
        List<int[]> names = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '\n';
            if (Brackets.isOpen(c)) depth++;
            else if (Brackets.isClose(c)) depth = Math.max(0, depth - 1);
            else if (depth == 0 && SEPARATORS.indexOf(c) >= 0) {
                int[] span = trim(text, start, i);
                if (span != null) names.add(span);
                start = i + 1;
            }
        }
        return names;
    }

    private static int[] trim(String text, int start, int end) {
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) { start++; changed = true; }
            while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) { end--; changed = true; }
            for (String tail : new String[] {"等单位", "等部门", "等"}) {
                if (end - start > tail.length() + 1 && text.startsWith(tail, end - tail.length())) {
                    end -= tail.length();
                    changed = true;
                }
            }
            if (end > start && Brackets.isClose(text.charAt(end - 1)) && balance(text, start, end) < 0) { end--; changed = true; }
            if (end > start && Brackets.isOpen(text.charAt(start)) && balance(text, start, end) > 0) { start++; changed = true; }
        }
        return end > start ? new int[] {start, end} : null;
    }

    private static int balance(String text, int start, int end) {
        int b = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) b++;
            else if (Brackets.isClose(c)) b--;
        }
        return b;
    }
}
