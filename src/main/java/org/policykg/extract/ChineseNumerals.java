package org.policykg.extract;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads the numbers these documents write: Arabic with decimals (6.5, 1065.6), Chinese numerals
 * (十, 两, 一百二十, 三千), and either followed by 万 or 亿 (3.3万, 十万, 1.2万亿).
 */
public final class ChineseNumerals {

    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2),
            Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7),
            Map.entry('八', 8), Map.entry('九', 9));
    private static final Map<Character, Integer> SMALL_UNITS = Map.of('十', 10, '百', 100, '千', 1000);

    private ChineseNumerals() {}

    /** The value of {@code number} times the multiplier written after it (万, 亿, 万亿, or none). */
    public static BigDecimal parse(String number, String multiplier) {
        BigDecimal base = number.chars().allMatch(c -> Character.isDigit(c) || c == '.')
                ? new BigDecimal(number) : BigDecimal.valueOf(chinese(number));
        return base.multiply(multiplier(multiplier)).stripTrailingZeros();
    }

    public static BigDecimal multiplier(String multiplier) {
        if (multiplier == null || multiplier.isEmpty()) return BigDecimal.ONE;
        BigDecimal m = BigDecimal.ONE;
        for (char c : multiplier.toCharArray()) {
            m = m.multiply(switch (c) {
                case '万' -> BigDecimal.valueOf(10_000);
                case '亿' -> BigDecimal.valueOf(100_000_000);
                case '千' -> BigDecimal.valueOf(1_000);
                case '百' -> BigDecimal.valueOf(100);
                default -> BigDecimal.ONE;
            });
        }
        return m;
    }

    /** 十 = 10, 十五 = 15, 二十 = 20, 一百二十 = 120, 三千 = 3000; below 万. */
    static long chinese(String s) {
        long total = 0;
        long digit = 0;
        for (char c : s.toCharArray()) {
            if (DIGITS.containsKey(c)) {
                digit = DIGITS.get(c);
            } else if (SMALL_UNITS.containsKey(c)) {
                total += (digit == 0 ? 1 : digit) * SMALL_UNITS.get(c);
                digit = 0;
            } else {
                throw new NumberFormatException("not a Chinese numeral: " + s);
            }
        }
        return total + digit;
    }
}
