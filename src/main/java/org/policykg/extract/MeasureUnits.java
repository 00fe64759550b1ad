package org.policykg.extract;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The units a target may be counted in. Physical units and the yuan map to QUDT unit IRIs, with
 * 万/亿 folded into the value (万吨 → tonnes ×10,000, 亿元 → yuan ×10⁸); measure words (个, 家, 所 …)
 * have no QUDT unit and are kept as written.
 */
public final class MeasureUnits {

    public static final String QUDT_UNIT = "http://qudt.org/vocab/unit/";

    /** A written unit: its QUDT IRI (or null for a measure word) and the factor it folds in. */
    public record Unit(String written, String qudt, BigDecimal factor) {}

    private static final Map<String, Unit> UNITS = new LinkedHashMap<>();

    private static void qudt(String written, String local, long factor) {
        UNITS.put(written, new Unit(written, QUDT_UNIT + local, BigDecimal.valueOf(factor)));
    }

    static {
        qudt("%", "PERCENT", 1);
        qudt("个百分点", "PERCENT", 1);
        qudt("平方公里", "KiloM2", 1);
        qudt("万平方米", "M2", 10_000);
        qudt("平方米", "M2", 1);
        qudt("万立方米", "M3", 10_000);
        qudt("立方米", "M3", 1);
        qudt("公里", "KiloM", 1);
        qudt("千米", "KiloM", 1);
        qudt("公顷", "HA", 1);
        // Capacities written per day (4万吨/日) are rates, not amounts.
        qudt("万吨/日", "TONNE-PER-DAY", 10_000);
        qudt("吨/日", "TONNE-PER-DAY", 1);
        qudt("万立方米/日", "M3-PER-DAY", 10_000);
        qudt("立方米/日", "M3-PER-DAY", 1);
        qudt("万吨", "TONNE", 10_000);
        qudt("吨", "TONNE", 1);
        qudt("亿元", "CCY_CNY", 100_000_000);
        qudt("万元", "CCY_CNY", 10_000);
        qudt("元", "CCY_CNY", 1);
        qudt("万千瓦", "KiloW", 10_000);
        qudt("千瓦", "KiloW", 1);
        for (String word : List.of("人次", "批次", "个", "家", "所", "条", "座", "套", "户", "人", "张", "处", "栋", "根", "项",
                "亩", "件", "场", "台", "辆", "名", "间", "部", "棵", "株", "块", "次", "份", "支", "艘", "宗", "片", "盏", "米")) {
            UNITS.put(word, new Unit(word, word.equals("米") ? QUDT_UNIT + "M" : null, BigDecimal.ONE));
        }
    }

    /** Longest first, so 平方公里 is not read as 公里 and 人次 not as 人. */
    public static final List<String> WRITTEN = UNITS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private MeasureUnits() {}

    public static Unit of(String written) {
        return UNITS.get(written);
    }
}
