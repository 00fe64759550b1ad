package org.policykg.normalise;

import com.ibm.icu.text.Transliterator;

/**
 * Maps traditional characters to simplified ones (ICU's Traditional-Simplified transform), so that
 * 責任單位 matches 责任单位. One character for one: a mapping that would change the length is skipped,
 * which keeps offsets exact.
 */
public final class TraditionalToSimplified implements NormalisationStep {

    private final Transliterator transliterator = Transliterator.getInstance("Traditional-Simplified");

    @Override
    public MappedText apply(MappedText in) {
        String text = in.text();
        if (!hasHan(text)) return in;
        String converted = transliterator.transliterate(text);
        if (converted.equals(text)) return in;
        if (converted.length() != text.length()) converted = charByChar(text);
        return new MappedText(in.original(), converted, in.origin());
    }

    private String charByChar(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            String c = String.valueOf(text.charAt(i));
            String t = transliterator.transliterate(c);
            out.append(t.length() == 1 ? t : c);
        }
        return out.toString();
    }

    private static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
