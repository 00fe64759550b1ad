package org.policykg.normalise;

import com.ibm.icu.text.Normalizer2;

/**
 * Folds full-width forms to their ASCII counterparts (（一）２０２５年，６．５％ → (一)2025年,6.5%) and
 * every space separator (U+3000, U+00A0, en spaces) to a plain space, using Unicode's NFKC mapping
 * for each character. Only the full-width block and spaces are touched: NFKC would also turn ① into
 * 1 and 〈 into <, which carry meaning in these documents.
 */
public final class WidthFolder extends CharMappingStep {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    @Override
    char map(char c) {
        if (Character.getType(c) == Character.SPACE_SEPARATOR) return ' ';
        if (c < 0xFF01 || c > 0xFF5E) return c;
        String folded = NFKC.normalize(String.valueOf(c));
        return folded.length() == 1 ? folded.charAt(0) : c;
    }
}
