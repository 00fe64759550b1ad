package org.policykg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time phrases in a task and resolves them against the document's dates: 明年 is the year
 * after the issue year, an unqualified month or quarter is in the plan year. Intervals get their
 * first and last day (一季度 → Jan 1 – Mar 31), deadlines written as “by” (年底前, 2023年2月28日前)
 * one day. Open-ended wording (持续推进, 常态化) is kept, with no date.
 */
public final class DeadlineExtractor {

    /** A time phrase with spans relative to the text; {@code start}/{@code end} null when open-ended. */
    public record Found(String phrase, String governs, LocalDate start, LocalDate end, boolean openEnded, int from, int to) {}

    private static final String YEAR = "(?<rel>明年|今年|次年)?(?:(?<year>\\d{4})年)?";
    private static final String CN_MONTH = "\\d{1,2}|十[一二]?|[一二三四五六七八九]";
    private static final Pattern PHRASE = Pattern.compile(YEAR + "(?:"
            + "(?<month>" + CN_MONTH + ")月(?:(?<day>\\d{1,2})日|份)?(?<monthBy>底|末|前|之前|以前)?"
            + "|第?(?<quarter>[一二三四1-4])季度(?<quarterBy>末|底|前)?"
            + "|(?<half>上半年|下半年)"
            + "|(?<yearEnd>年底|年末)(?:前|之前)?"
            + "|(?<within>年内)"
            + ")");
    private static final Pattern BARE_YEAR = Pattern.compile("(?<year>\\d{4})年(?<by>底前|底|末|前|内)?");
    private static final Pattern OPEN_ENDED = Pattern.compile("持续推进|持续开展|常态化|长效化|长效|持之以恒|久久为功|坚持不懈|长期坚持");
    private static final String DELIMITERS = ",，、;；。:：\n";
    private static final Pattern LEADING = Pattern.compile("^(确保|力争|并|实现|于|在|争取|计划|以|要|全面|基本|从|起)+");
    private static final Pattern TRAILING = Pattern.compile("(为目标|目标|于|将)$");
    /**
     * The farthest a phrase's clause is looked for on either side. A clause is a few dozen
     * characters; without a cap, text with no punctuation makes every phrase scan the whole text.
     */
    static final int MAX_CLAUSE = 120;

    /**
     * @param planYear the year the document plans for; @param issueYear the year it was issued
     *     (明年 counts from it); either may be null, and then phrases that need it are not resolved
     */
    public List<Found> extract(String text, Integer planYear, Integer issueYear) {
        List<Found> found = new ArrayList<>();
        java.util.NavigableMap<Integer, Integer> taken = new java.util.TreeMap<>();
        Matcher m = PHRASE.matcher(text);
        while (m.find()) {
            if (m.end() == m.start() || precededByDigit(text, m.start())) continue;
            Integer year = year(m, planYear, issueYear);
            if (year == null) continue;
            LocalDate[] range = range(m, year);
            if (range == null) continue;
            found.add(found(text, m.start(), m.end(), range[0], range[1], false));
            taken.put(m.start(), m.end());
        }
        Matcher y = BARE_YEAR.matcher(text);
        while (y.find()) {
            int s = y.start();
            var before = taken.floorEntry(s);
            if (before != null && s < before.getValue() || precededByDigit(text, s)) continue;
            int year = Integer.parseInt(y.group("year"));
            if (year < 2000 || year > 2099) continue; // 建城1800年 is an age, not a date
            String by = y.group("by");
            boolean endOfYear = by != null && !by.equals("内");
            LocalDate end = LocalDate.of(year, 12, 31);
            found.add(found(text, s, y.end(), endOfYear ? end : LocalDate.of(year, 1, 1), end, false));
        }
        Matcher o = OPEN_ENDED.matcher(text);
        while (o.find()) found.add(found(text, o.start(), o.end(), null, null, true));
        found.sort(java.util.Comparator.comparingInt(Found::from));
        return found;
    }

    private static boolean precededByDigit(String text, int at) {
        return at > 0 && (Character.isDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.');
    }

    private static Integer year(Matcher m, Integer planYear, Integer issueYear) {
        if (m.group("year") != null) return Integer.valueOf(m.group("year"));
        String rel = m.group("rel");
        if ("明年".equals(rel) || "次年".equals(rel)) return issueYear == null ? null : issueYear + 1;
        if ("今年".equals(rel)) return issueYear != null ? issueYear : planYear;
        return planYear;
    }

    private static LocalDate[] range(Matcher m, int year) {
        if (m.group("month") != null) {
            String written = m.group("month");
            int month = written.chars().allMatch(Character::isDigit) ? Integer.parseInt(written) : (int) ChineseNumerals.chinese(written);
            if (month < 1 || month > 12) return null;
            YearMonth ym = YearMonth.of(year, month);
            if (m.group("day") != null) {
                int day = Integer.parseInt(m.group("day"));
                if (day < 1 || day > ym.lengthOfMonth()) return null;
                LocalDate date = ym.atDay(day);
                return new LocalDate[] {date, date};
            }
            return m.group("monthBy") != null ? new LocalDate[] {ym.atEndOfMonth(), ym.atEndOfMonth()}
                    : new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()};
        }
        if (m.group("quarter") != null) {
            String q = m.group("quarter");
            int quarter = Character.isDigit(q.charAt(0)) ? Integer.parseInt(q) : (int) ChineseNumerals.chinese(q);
            YearMonth first = YearMonth.of(year, quarter * 3 - 2);
            LocalDate end = first.plusMonths(2).atEndOfMonth();
            return m.group("quarterBy") != null ? new LocalDate[] {end, end} : new LocalDate[] {first.atDay(1), end};
        }
        if (m.group("half") != null) {
            return m.group("half").startsWith("上") ? new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30)}
                    : new LocalDate[] {LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31)};
        }
        if (m.group("yearEnd") != null) return new LocalDate[] {LocalDate.of(year, 12, 31), LocalDate.of(year, 12, 31)};
        if (m.group("within") != null) return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        return null;
    }

    private static Found found(String text, int from, int to, LocalDate start, LocalDate end, boolean open) {
        return new Found(text.substring(from, to), governs(text, from, to), start, end, open, from, to);
    }

    /** What is due: the words before the phrase in its clause (仓储物流区), else those after it (项目开工). */
    private static String governs(String text, int from, int to) {
        int start = from;
        int floor = Math.max(0, from - MAX_CLAUSE);
        while (start > floor && !delimiter(text.charAt(start - 1))) start--;
        String before = clean(text.substring(start, from));
        if (before.length() >= 2) return before;
        int end = to;
        int ceiling = Math.min(text.length(), to + MAX_CLAUSE);
        while (end < ceiling && !delimiter(text.charAt(end))) end++;
        return clean(text.substring(to, end));
    }

    private static boolean delimiter(char c) {
        return DELIMITERS.indexOf(c) >= 0;
    }

    private static String clean(String s) {
        String t = LEADING.matcher(s.strip()).replaceFirst("");
        return TRAILING.matcher(t).replaceFirst("").replaceAll("[“”。]", "").strip();
    }
}
