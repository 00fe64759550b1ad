package org.policykg.read;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;

/**
 * The labels Word draws before numbered paragraphs (自动编号: "一、", "1.", "(1)"), which are not in
 * the paragraph's text: POI gives the level's pattern and format, and this counts the paragraphs
 * of each list to fill them in. Bullets get no label. Formats are those of ECMA-376 ST_NumberFormat
 * that Chinese documents use; any other is written in Arabic digits.
 */
final class WordNumbering {

    private static final int LEVELS = 9;
    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";

    private final XWPFNumbering numbering;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    WordNumbering(XWPFNumbering numbering) {
        this.numbering = numbering;
    }

    /** The label of a numbered paragraph, counting it; "" for a paragraph that is not numbered. */
    String label(XWPFParagraph p) {
        BigInteger numId = p.getNumID();
        if (numbering == null || numId == null) return "";
        CTLvl[] levels = levels(numId);
        int level = p.getNumIlvl() == null ? 0 : Math.min(LEVELS - 1, p.getNumIlvl().intValue());
        if (levels == null || levels[level] == null) return "";
        int[] count = counters.computeIfAbsent(numId, k -> new int[LEVELS]);
        count[level]++;
        for (int deeper = level + 1; deeper < LEVELS; deeper++) count[deeper] = 0;
        if ("bullet".equals(format(levels[level]))) return "";
        String pattern = levels[level].isSetLvlText() ? levels[level].getLvlText().getVal() : "";
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int ref = i + 1 < pattern.length() && c == '%' ? pattern.charAt(i + 1) - '1' : -1;
            if (ref >= 0 && ref < LEVELS && levels[ref] != null) {
                label.append(write(start(levels[ref]) + Math.max(1, count[ref]) - 1, format(levels[ref])));
                i++;
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** The levels of the abstract list a list instance points to, by level number. */
    private CTLvl[] levels(BigInteger numId) {
        XWPFNum num = numbering.getNum(numId);
        if (num == null || num.getCTNum().getAbstractNumId() == null) return null;
        XWPFAbstractNum abs = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abs == null) return null;
        CTLvl[] levels = new CTLvl[LEVELS];
        for (CTLvl lvl : abs.getCTAbstractNum().getLvlArray()) {
            int i = lvl.getIlvl() == null ? 0 : lvl.getIlvl().intValue();
            if (i >= 0 && i < LEVELS) levels[i] = lvl;
        }
        return levels;
    }

    private static int start(CTLvl lvl) {
        return lvl.isSetStart() && lvl.getStart().getVal() != null ? lvl.getStart().getVal().intValue() : 1;
    }

    private static String format(CTLvl lvl) {
        return lvl.isSetNumFmt() && lvl.getNumFmt().getVal() != null ? lvl.getNumFmt().getVal().toString() : "decimal";
    }

    /**
     * The ST_NumberFormat name of a Word 97–2003 number format code (nfc, [MS-DOC] 2.9.172), for the
     * labels of .doc lists; codes without a name here are written in Arabic digits.
     */
    static String formatOfNfc(int nfc) {
        return switch (nfc) {
            case 0x01 -> "upperRoman";
            case 0x02 -> "lowerRoman";
            case 0x03 -> "upperLetter";
            case 0x04 -> "lowerLetter";
            case 0x0A, 0x24 -> "ideographDigital";
            case 0x12, 0x1C -> "decimalEnclosedCircle";
            case 0x16 -> "decimalZero";
            case 0x17, 0xFF -> "bullet";
            case 0x1E -> "ideographTraditional";
            case 0x21, 0x22, 0x23, 0x25, 0x26, 0x27 -> "chineseCounting";
            default -> "decimal";
        };
    }

    static String write(int n, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "ideographLegalTraditional" -> chinese(n);
            case "ideographDigital", "taiwaneseDigital" -> digits(n);
            case "ideographTraditional" -> n >= 1 && n <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(n - 1)) : String.valueOf(n);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> n >= 1 && n <= 20 ? String.valueOf((char) ('①' + n - 1)) : String.valueOf(n);
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "upperLetter" -> letters(n).toUpperCase(java.util.Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (up to 999). */
    private static String chinese(int n) {
        if (n <= 0 || n > 999) return String.valueOf(n);
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        StringBuilder sb = new StringBuilder();
        if (hundreds > 0) sb.append(CHINESE_DIGITS.charAt(hundreds)).append('百');
        if (tens > 0) {
            if (hundreds > 0 || tens > 1) sb.append(CHINESE_DIGITS.charAt(tens));
            sb.append('十');
        } else if (hundreds > 0 && ones > 0) {
            sb.append('零');
        }
        if (ones > 0) sb.append(CHINESE_DIGITS.charAt(ones));
        return sb.toString();
    }

    private static String digits(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) sb.append(CHINESE_DIGITS.charAt(c - '0'));
        return sb.toString();
    }

    /** a … z, then aa, bb … as Word writes them. */
    private static String letters(int n) {
        if (n <= 0) return String.valueOf(n);
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                sb.append(symbols[i]);
                n -= values[i];
            }
        }
        return sb.toString();
    }
}
