package org.policykg.normalise;

import com.ibm.icu.text.Transliterator;

/**
 * Maps traditional characters to simplified ones (ICU's Traditional-Simplified transform), so that
 * 責任單位 matches 责任单位. One character for one, which keeps offsets exact: the transform is run
 * once over the CJK blocks to make a lookup table, since running it on every line is slow.
 */
public final class TraditionalToSimplified implements NormalisationStep {

    private static final char FIRST = '\u3400';
    private static final char LAST = '\u9FFF';

    /** Built once, never changed: the simplified form of every character from U+3400 to U+9FFF. */
    private static final class Table {
        static final char[] SIMPLIFIED = build();

        private static char[] build() {
            Transliterator t = Transliterator.getInstance("Traditional-Simplified");
            StringBuilder all = new StringBuilder(LAST - FIRST + 1);
            for (char c = FIRST; c <= LAST; c++) all.append(c);
            String mapped = t.transliterate(all.toString());
            char[] table = new char[all.length()];
            if (mapped.length() == all.length()) {
                mapped.getChars(0, table.length, table, 0);
            } else {
                for (int i = 0; i < table.length; i++) {
                    String one = t.transliterate(String.valueOf(all.charAt(i)));
                    table[i] = one.length() == 1 ? one.charAt(0) : all.charAt(i);
                }
            }
            return table;
        }
    }

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text();
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < FIRST || c > LAST) continue;
            char s = Table.SIMPLIFIED[c - FIRST];
            if (s != c) {
                if (out == null) out = text.toCharArray();
                out[i] = s;
            }
        }
        return out == null ? in : new MappedText(in.original(), new String(out), in.origin());
    }
}
