package org.policykg.query;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/** How many terminal columns a string takes: wide and full-width characters (汉字) take two. */
public final class DisplayWidth {

    private DisplayWidth() {}

    public static int of(String s) {
        int width = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            width += columns(cp);
            i += Character.charCount(cp);
        }
        return width;
    }

    private static int columns(int cp) {
        if (Character.getType(cp) == Character.NON_SPACING_MARK || cp == 0x200B) return 0;
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }

    /** {@code s} padded with spaces to {@code width} columns. */
    public static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - of(s)));
    }
}
