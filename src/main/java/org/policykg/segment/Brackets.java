package org.policykg.segment;

/**
 * The bracket pairs these documents use, in every width (after folding) and kind. Nesting deeper
 * than {@link #MAX_DEPTH} is read as plain text: no notice nests brackets that deep, and a cap keeps
 * every scan linear on hostile input (a million 〔 in a row).
 */
final class Brackets {

    static final int MAX_DEPTH = 8;

    private static final String OPEN = "([【〔〈{《［（";
    private static final String CLOSE = ")]】〕〉}》］）";

    private Brackets() {}

    static boolean isOpen(char c) { return OPEN.indexOf(c) >= 0; }

    static boolean isClose(char c) { return CLOSE.indexOf(c) >= 0; }

    static boolean closes(char open, char close) {
        int i = OPEN.indexOf(open);
        return i >= 0 && CLOSE.charAt(i) == close;
    }

    /** The close that ends the bracket opened at {@code open} (exclusive end), or -1 when it stays open before {@code limit}. */
    static int matchingClose(String text, int open, int limit) {
        int depth = 0;
        for (int i = open; i < limit; i++) {
            char c = text.charAt(i);
            if (isOpen(c)) {
                if (depth < MAX_DEPTH) depth++;
            } else if (isClose(c) && depth > 0 && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
}
