package org.policykg.segment;

/** The bracket pairs these documents use, in every width (after folding) and kind. */
final class Brackets {

    private static final String OPEN = "([【〔〈{《［";
    private static final String CLOSE = ")]】〕〉}》］";

    private Brackets() {}

    static boolean isOpen(char c) { return OPEN.indexOf(c) >= 0; }

    static boolean isClose(char c) { return CLOSE.indexOf(c) >= 0; }

    static boolean closes(char open, char close) {
        int i = OPEN.indexOf(open);
        return i >= 0 && CLOSE.charAt(i) == close;
    }
}
