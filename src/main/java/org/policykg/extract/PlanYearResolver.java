package org.policykg.extract;

import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policykg.model.DocumentKind;

/**
 * The year a document plans for. A title names it (2023年区政府工作报告重点任务分解), not counting a
 * date in it (…报告(2022年12月28日)). A work report delivered in November or December is for the
 * next year: local people's congresses that meet at the turn of the year hear the coming year's
 * report (下陆区, 2022-12-28 → 2023). Then the file name (深圳市政府工作报告_2024年.txt), then what a report
 * says it plans (2026年工作安排), then its review of the year before (2020年工作回顾 → 2021), then the
 * year the text names most. Years of
 * long-range goals (2035年远景目标, 到2025年) never count.
 */
final class PlanYearResolver {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年");
    /** A year that is part of a date (2022年12月), not the year a title plans for. */
    private static final Pattern TITLE_YEAR = Pattern.compile("((?:19|20)\\d{2})年(?!\\d{1,2}月)");
    private static final Pattern FILE_YEAR = Pattern.compile("(?<![\\dA-Za-z])((?:19|20)\\d{2})(?![\\dA-Za-z])");
    private static final Pattern REVIEW_HEADING = Pattern.compile("(?m)^[一二三四五六七八九十、.\\s]*(20\\d{2})年(?:工作)?回顾");
    /**
     * What a report says it plans for: 2026年工作安排, 2016年主要工作任务, 2023年重点工作, 2023年政府工作总体目标,
     * 2016年经济社会发展预期目标, 做好2023年政府工作. Not after 完成 (圆满完成2020年工作任务 reviews) nor 到 / 至 (a
     * goal's year), nor before 回顾 / 完成 / 情况 (2015年主要工作回顾).
     */
    private static final Pattern PLAN_PHRASE = Pattern.compile("(?<!完成|到|至)(20\\d{2})年(?:的)?(?:(?:重点|主要)?工作(?:安排|任务)"
            + "|(?:重点|主要)(?:工作|目标任务)|政府工作的?(?:总体|主要)?(?:目标|要求)|(?:经济社会发展|国民经济和社会发展)?的?(?:主要)?预期目标)"
            + "(?!回顾|完成|情况|进展)|做好(20\\d{2})年的?(?:政府|各项)?工作");
    /** 2015年工作回顾, 2025年和“十四五”时期工作回顾, 2019年和今年以来工作回顾: the year before the one planned. */
    private static final Pattern REVIEW_PHRASE = Pattern.compile("(20\\d{2})年[^。\\n]{0,12}?工作回顾");
    /** 2035年远景目标, 到2025年, 2030年前, 至2027年: years a goal is set for, not the year planned. */
    private static final Pattern LONG_RANGE = Pattern.compile("[到至]\\s*$|^(年远景|年前|年左右|年基本|年全面|年实现|年建成)");

    Integer resolve(DocumentKind kind, String title, LocalDate issued, String text, String fileStem) {
        Integer fromTitle = titleYear(title);
        if (kind.isWorkReport()) {
            if (fromTitle != null) return fromTitle;
            if (issued != null) return issued.getMonth().compareTo(Month.NOVEMBER) >= 0 ? issued.getYear() + 1 : issued.getYear();
        }
        if (fromTitle != null) return fromTitle;
        Integer fromFile = fileYear(fileStem);
        if (fromFile != null) return fromFile;
        if (kind.isWorkReport()) {
            Integer planned = plannedYear(text);
            if (planned != null) return planned;
            // A heading (2020年回顾) before a phrase anywhere (2025年和“十四五”时期工作回顾).
            for (Pattern reviewed : new Pattern[] {REVIEW_HEADING, REVIEW_PHRASE}) {
                Matcher review = reviewed.matcher(text);
                if (review.find()) return Integer.parseInt(review.group(1)) + 1;
            }
        }
        Integer mostNamed = mostNamedYear(text);
        if (mostNamed != null) return mostNamed;
        return issued == null ? null : issued.getYear();
    }

    static Integer firstYear(String text) {
        if (text == null) return null;
        Matcher m = YEAR.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The first year a title names that is not part of a date. */
    static Integer titleYear(String title) {
        if (title == null) return null;
        Matcher m = TITLE_YEAR.matcher(title);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The last four-digit year in a file name (2014年南山区政府工作报告_2014, 国务院政府工作报告_2021年). */
    static Integer fileYear(String stem) {
        if (stem == null) return null;
        Integer year = null;
        for (Matcher m = FILE_YEAR.matcher(stem); m.find(); ) year = Integer.valueOf(m.group(1));
        return year;
    }

    /** The year a report's plan phrases name most (the later of a tie); null where it has none. */
    static Integer plannedYear(String text) {
        return mostFrequent(PLAN_PHRASE.matcher(text).results().map(r -> Integer.valueOf(r.group(1) != null ? r.group(1) : r.group(2))));
    }

    private static Integer mostNamedYear(String text) {
        return mostFrequent(YEAR.matcher(text).results()
                .filter(r -> !LONG_RANGE.matcher(text.substring(Math.max(0, r.start() - 2), r.start())).find()
                        && !LONG_RANGE.matcher(text.substring(r.end() - 1, Math.min(text.length(), r.end() + 3))).find())
                .map(r -> Integer.valueOf(r.group(1))));
    }

    /** The year given most often, the later of a tie; null for none. */
    private static Integer mostFrequent(Stream<Integer> years) {
        return years.collect(Collectors.groupingBy(Function.identity(), Collectors.counting())).entrySet().stream()
                .max(Map.Entry.<Integer, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
