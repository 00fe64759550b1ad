package org.policykg.extract;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policykg.model.DocumentKind;

/**
 * The year a document plans for. A title names it (2023年区政府工作报告重点任务分解). A work report
 * delivered in November or December is for the next year: local people's congresses that meet at
 * the turn of the year hear the coming year's report (下陆区, 2022-12-28 → 2023). Otherwise the year
 * the text names most, then the issue year.
 */
final class PlanYearResolver {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");

    Integer resolve(DocumentKind kind, String title, LocalDate issued, String text) {
        if (kind == DocumentKind.WORK_REPORT && issued != null) {
            return issued.getMonth().compareTo(Month.NOVEMBER) >= 0 ? issued.getYear() + 1 : issued.getYear();
        }
        Integer fromTitle = firstYear(title);
        if (fromTitle != null) return fromTitle;
        Integer mostNamed = mostNamedYear(text);
        if (mostNamed != null) return mostNamed;
        return issued == null ? null : issued.getYear();
    }

    static Integer firstYear(String text) {
        if (text == null) return null;
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static Integer mostNamedYear(String text) {
        Matcher m = YEAR.matcher(text);
        Map<String, Long> counts = m.results().map(r -> r.group(1)).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> Integer.valueOf(e.getKey()))
                .orElse(null);
    }
}
