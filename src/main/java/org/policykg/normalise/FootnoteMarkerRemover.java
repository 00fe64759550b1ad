package org.policykg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops footnote markers such as [14] that web copies leave inside prose (…加快建设[14]…), so
 * that the same sentence matches across copies. A marker at the very start of a line is kept:
 * there it may be a list number.
 */
public final class FootnoteMarkerRemover implements NormalisationStep {

    private static final Pattern MARKER = Pattern.compile("(?<=\\S)\\[\\d{1,3}\\]");

    @Override
    public MappedText apply(MappedText in) {
        Matcher m = MARKER.matcher(in.text());
        if (!m.find()) return in;
        StringBuilder out = new StringBuilder();
        int[] origin = new int[in.length() + 1];
        int n = 0;
        int last = 0;
        do {
            n = copy(in, last, m.start(), out, origin, n);
            last = m.end();
        } while (m.find());
        n = copy(in, last, in.length(), out, origin, n);
        origin[n] = in.origin()[in.length()];
        int[] trimmed = new int[n + 1];
        System.arraycopy(origin, 0, trimmed, 0, n + 1);
        return new MappedText(in.original(), out.toString(), trimmed);
    }

    private static int copy(MappedText in, int from, int to, StringBuilder out, int[] origin, int n) {
        for (int i = from; i < to; i++) {
            out.append(in.text().charAt(i));
            origin[n++] = in.origin()[i];
        }
        return n;
    }
}
