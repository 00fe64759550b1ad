package org.policykg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.model.Comparator;
import org.policykg.model.TargetKind;

/**
 * Finds the numeric commitments in a text: a number (Arabic or Chinese, with 万/亿), a unit or
 * measure word, the words around it that bind it (以上, 不少于, 左右, 1-2家), the indicator it counts
 * and the kind of number. Numbers that are no commitment are left alone: dates, ordinals (第五次),
 * codes and names (S203, PM2.5, 5G, “十四五”, 12355), and specifications inside a name (时速350公里).
 */
public final class TargetExtractor {

    /** A target found in a text, with spans relative to that text. */
    public record Found(String indicator, String asWritten, BigDecimal value, BigDecimal upper, MeasureUnits.Unit unit,
                        Comparator comparator, TargetKind kind, boolean aspired, int start, int end, int sentenceStart, int sentenceEnd) {}

    private static final String NUM = "\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+";
    private static final String UNIT = String.join("|", MeasureUnits.WRITTEN.stream().map(Pattern::quote).toList());
    /** A number and its unit; a range 5-6% or 5.0%—5.5% (the percent after both bounds), but 增长48%至150座 is two. */
    private static final Pattern CORE = Pattern.compile(
            "(?<num>" + NUM + ")(?:[%％]\\s*[-~～—至到]\\s*(?<pnum2>\\d+(?:\\.\\d+)?)(?=[%％])|\\s*[-~～—至到]\\s*(?<num2>\\d+(?:\\.\\d+)?))?(?<more>多|余)?(?<mult>万亿|亿|万)?(?<unit>" + UNIT + ")");
    private static final Pattern DISTRIBUTIVE = Pattern.compile(
            "分别(?<verb>突破|达到|增长|为|达|超过)?(?<list>(?:(?:\\d+(?:\\.\\d+)?)(?:万亿|亿|万)?(?:" + UNIT + ")?(?:和|、|及))+"
                    + "(?:\\d+(?:\\.\\d+)?)(?:万亿|亿|万)?(?<unit>" + UNIT + "))");
    private static final Pattern LIST_NUMBER = Pattern.compile("(\\d+(?:\\.\\d+)?)(万亿|亿|万)?");
    private static final Pattern SPECIFICATION = Pattern.compile("(时速|年处理|日处理|年产|日产|年吞吐|设计|装机|每)$");
    private static final Pattern CLAUSE_DELIMITER = Pattern.compile("[,，、;；。:：\\n]");
    private static final String SENTENCE_DELIMITERS = "。;；!！?？\n";
    private static final Pattern LEADING_VERBS = Pattern.compile("^(\\d{4}年|力争|确保|全年|年度|全力|持续|累计|努力|争取|实现|完成|新增|新建|新改扩建"
            + "|新改建|改扩建|建设筹集|筹集|建设|建成|打造|培育|引进|开工建设|开工|实施|开展|组织|举办|创建|改造|提升|加快推进|推进|加快|推动|新开业"
            + "|招引落地|招引|谋划|储备|扶持|对接转化|落实|形成|安排|完工|打通|整治|修复|疏捞维护|维护|配置|抽检|培训|补贴|新登记|启动|新改|加固改造"
            + "|增加|提供|发放|惠及|全面|有序|达到|推广|推出|聚焦|继续|整合|盘活|办好|抓好|守牢|合力打造|策划举办|为|和|及|并|其中|达)");
    private static final Pattern NOUNS_LIKE_VERBS = Pattern.compile("建设用地|增加值|提供岗位");
    private static final Pattern ONLY_VERBS = Pattern.compile("(" + LEADING_VERBS.pattern().substring(1) + ")+");
    private static final Pattern TRAILING_BINDERS = Pattern.compile("(不少于|不低于|不超过|至少|超过|突破|达到|控制在|保持在|稳定在|提升到|提高到|提升至|提高至"
            + "|为|达|到|约|超|在|的|总数|规模|完成)+$");
    private static final Pattern GROWTH = Pattern.compile("(增长|增速|增幅|提高|提升|下降|降低|增加)$");
    private static final Pattern SHARE_WORDS = Pattern.compile("率|占比|比重|比例");
    /** Chinese numerals count only after these words or a delimiter: 十一届人大二次会议, 八项规定 and 零部件 are no targets. */
    private static final Pattern CHINESE_NUMERAL_CONTEXT = Pattern.compile("(^|[,，、;；。:：\\s]|新增|建设|完成|办好|实施|开展|新建|打造|组织|举办|做好|抓好|推出|建成|和)$");
    private static final String CHINESE_NUMERAL_EXCLUDED_UNITS = "次部项条棵";

    public List<Found> extract(String text) {
        List<Found> found = new ArrayList<>();
        List<int[]> consumed = new ArrayList<>();
        Matcher d = DISTRIBUTIVE.matcher(text);
        while (d.find()) {
            List<Found> items = distributive(text, d);
            if (!items.isEmpty()) {
                found.addAll(items);
                consumed.add(new int[] {d.start(), d.end()});
            }
        }
        Matcher m = CORE.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            int start = m.start();
            if (consumed.stream().anyMatch(c -> start >= c[0] && start < c[1]) || !isCommitment(text, m)) continue;
            found.add(target(text, m, previousEnd));
            previousEnd = end(text, m.end());
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    private boolean isCommitment(String text, Matcher m) {
        int start = m.start();
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (Character.isLetterOrDigit(before) && before < 0x80 || before == '.' || before == '第') return false;
        if (insideQuotes(text, start)) return false;
        if (SPECIFICATION.matcher(text.substring(Math.max(0, start - 4), start)).find()) return false;
        String num = m.group("num");
        if (!Character.isDigit(num.charAt(0)) && !chineseNumeralCounts(text, m)) return false;
        int after = m.end();
        if (after < text.length() && Character.isLetter(text.charAt(after)) && text.charAt(after) < 0x80) return false;
        return !qualifiesANoun(text, m.end());
    }

    /**
     * 负债50万元以下的村, 投资50亿元以上项目150个: a bound that describes a noun — which the clause then
     * counts — is a specification, not a commitment. 推出200项以上应用场景 is a commitment.
     */
    private static boolean qualifiesANoun(String text, int unitEnd) {
        int end = end(text, unitEnd);
        if (end >= text.length()) return false;
        char next = text.charAt(end);
        if (next == '的') return true;
        boolean bounded = end > unitEnd && (text.startsWith("以上", unitEnd) || text.startsWith("以下", unitEnd));
        if (!bounded || Character.UnicodeScript.of(next) != Character.UnicodeScript.HAN) return false;
        int clauseEnd = end;
        while (clauseEnd < text.length() && !CLAUSE_DELIMITER.matcher(String.valueOf(text.charAt(clauseEnd))).matches()) clauseEnd++;
        Matcher counted = CORE.matcher(text.substring(end, clauseEnd));
        return counted.find();
    }

    private static boolean chineseNumeralCounts(String text, Matcher m) {
        String num = m.group("num");
        if ("零〇千百".indexOf(num.charAt(0)) >= 0 || num.equals("一") || num.equals("两")) return false;
        if (CHINESE_NUMERAL_EXCLUDED_UNITS.contains(m.group("unit"))) return false;
        return CHINESE_NUMERAL_CONTEXT.matcher(text.substring(Math.max(0, m.start() - 4), m.start())).find();
    }

    private static boolean insideQuotes(String text, int at) {
        int open = text.lastIndexOf('“', at);
        return open >= 0 && text.indexOf('”', open) >= at;
    }

    private Found target(String text, Matcher m, int previousEnd) {
        MeasureUnits.Unit unit = MeasureUnits.of(m.group("unit"));
        BigDecimal factor = ChineseNumerals.multiplier(m.group("mult")).multiply(unit.factor());
        BigDecimal value = ChineseNumerals.parse(m.group("num"), null).multiply(factor).stripTrailingZeros();
        String bound = m.group("num2") != null ? m.group("num2") : m.group("pnum2");
        BigDecimal upper = bound == null ? null : new BigDecimal(bound).multiply(factor).stripTrailingZeros();
        int end = end(text, m.end());
        int clauseStart = Math.max(previousEnd, clauseStart(text, m.start()));
        String pre = text.substring(clauseStart, m.start());
        Comparator comparator = upper != null ? Comparator.RANGE
                : m.group("more") != null ? Comparator.MORE_THAN : comparator(text.substring(m.end(), end), pre);
        // After 等, an enumeration (、) or a conjunction the words before the number name things, not what is counted.
        // So do place words (实施中心城区36家农贸市场整治 counts 农贸市场).
        boolean enumerated = pre.strip().matches(".*([等和及与]|城区|全市|全区|全省|全县)$") || pre.matches(".*\\d.*")
                || clauseStart > 0 && text.charAt(clauseStart - 1) == '、';
        String indicator = indicator(pre, text, end, enumerated);
        TargetKind kind = kind(unit, pre, indicator);
        int[] sentence = sentence(text, m.start());
        boolean aspired = text.substring(sentence[0], m.start()).contains("力争");
        return new Found(indicator, text.substring(m.start(), end), value, upper, unit, comparator, kind, aspired,
                m.start(), end, sentence[0], sentence[1]);
    }

    /** 300亿和400亿元 after 分别: one target per indicator named before 分别. */
    private List<Found> distributive(String text, Matcher d) {
        int clauseStart = clauseStartIgnoringEnumeration(text, d.start());
        String[] names = text.substring(clauseStart, d.start()).split("、|和|及");
        List<String> numbers = new ArrayList<>();
        List<String> mults = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        Matcher n = LIST_NUMBER.matcher(d.group("list"));
        int base = d.start("list");
        while (n.find()) {
            numbers.add(n.group(1));
            mults.add(n.group(2));
            spans.add(new int[] {base + n.start(), base + n.end()});
        }
        if (names.length != numbers.size() || names.length < 2) return List.of();
        String sharedNoun = sharedNoun(names[names.length - 1]);
        MeasureUnits.Unit unit = MeasureUnits.of(d.group("unit"));
        Comparator comparator = comparator("", d.group("verb") == null ? "" : d.group("verb"));
        int[] sentence = sentence(text, d.start());
        boolean aspired = text.substring(sentence[0], d.start()).contains("力争");
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            String name = strip(names[i]);
            if (!sharedNoun.isEmpty() && !name.endsWith(sharedNoun)) name = name + sharedNoun;
            BigDecimal value = ChineseNumerals.parse(numbers.get(i), mults.get(i)).multiply(unit.factor()).stripTrailingZeros();
            int start = spans.get(i)[0];
            int end = i == names.length - 1 ? d.end() : spans.get(i)[1];
            found.add(new Found(name, text.substring(start, end), value, null, unit, comparator, TargetKind.LEVEL, aspired,
                    start, end, sentence[0], sentence[1]));
        }
        return found;
    }

    /** 装备制造业产值 → 产值: the noun the last name of a distributive list shares with the others. */
    private static String sharedNoun(String last) {
        Matcher m = Pattern.compile("(产值|营收|收入|规模|总额|产量|投资|增加值)$").matcher(last);
        return m.find() ? m.group(1) : "";
    }

    private static int end(String text, int end) {
        for (String suffix : new String[] {"以上", "以内", "以下", "左右"}) {
            if (text.startsWith(suffix, end)) return end + suffix.length();
        }
        return end;
    }

    private static Comparator comparator(String suffix, String pre) {
        switch (suffix) {
            case "以上": return Comparator.AT_LEAST;
            case "以内", "以下": return Comparator.AT_MOST;
            case "左右": return Comparator.ABOUT;
            default: break;
        }
        if (pre.matches(".*(不少于|不低于|至少|突破)$")) return Comparator.AT_LEAST;
        if (pre.matches(".*(不超过|控制在)$")) return Comparator.AT_MOST;
        if (pre.matches(".*(超过|超)$")) return Comparator.MORE_THAN;
        if (pre.matches(".*约$")) return Comparator.ABOUT;
        return Comparator.EXACTLY;
    }

    private static TargetKind kind(MeasureUnits.Unit unit, String pre, String indicator) {
        boolean percent = unit.written().equals("%") || unit.written().equals("个百分点");
        String tail = TRAILING_BINDERS.matcher(pre).replaceAll("");
        // A price index held to 3% is a rate of increase: 居民消费价格指数控制在3%以内.
        if (percent && (GROWTH.matcher(tail).find() || indicator.contains("价格指数") || indicator.contains("涨幅"))) return TargetKind.GROWTH_RATE;
        if (percent || SHARE_WORDS.matcher(indicator).find()) return TargetKind.SHARE;
        return TargetKind.LEVEL;
    }

    /** The phrase before the number, without verbs and binders; else the noun after the unit. */
    private static String indicator(String pre, String text, int end, boolean enumerated) {
        String name = strip(GROWTH.matcher(TRAILING_BINDERS.matcher(pre).replaceAll("")).replaceAll(""));
        name = strip(TRAILING_BINDERS.matcher(name).replaceAll("")).replaceAll("[和及与]$", "");
        String after = nounAfter(text, end);
        if (name.length() >= 2 && !(enumerated && after.length() >= 2)) return cap(name);
        return cap(after.isEmpty() ? name : after);
    }

    /** 完成57个老旧小区改造 → 老旧小区改造: the noun after the unit, up to a delimiter or number. */
    private static String nounAfter(String text, int end) {
        int stop = end;
        while (stop < text.length() && !CLAUSE_DELIMITER.matcher(String.valueOf(text.charAt(stop))).matches()
                && !Character.isDigit(text.charAt(stop))) stop++;
        return strip(text.substring(end, stop).replaceFirst("^的", "")).replaceAll("[和及与]$", "");
    }

    /** Drops leading verbs one at a time, keeping two characters and nouns that start like verbs (建设用地). */
    private static String strip(String s) {
        String t = s.strip().replaceAll("[“”《》\"]", "");
        for (Matcher m = LEADING_VERBS.matcher(t); !NOUNS_LIKE_VERBS.matcher(t).lookingAt() && m.find() && t.length() - m.end() >= 2;
                m = LEADING_VERBS.matcher(t)) {
            t = t.substring(m.end()).strip();
        }
        return ONLY_VERBS.matcher(t).matches() ? "" : t;
    }

    private static String cap(String s) {
        return s.length() <= 24 ? s : s.substring(s.length() - 24);
    }

    private static int clauseStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            if (CLAUSE_DELIMITER.matcher(String.valueOf(text.charAt(i))).matches()) return i + 1;
        }
        return 0;
    }

    /** Like {@link #clauseStart} but reads across 、, which separates the names of a distributive list. */
    private static int clauseStartIgnoringEnumeration(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c != '、' && CLAUSE_DELIMITER.matcher(String.valueOf(c)).matches()) return i + 1;
        }
        return 0;
    }

    private static int[] sentence(String text, int at) {
        int start = 0;
        for (int i = at - 1; i >= 0; i--) {
            if (SENTENCE_DELIMITERS.indexOf(text.charAt(i)) >= 0) { start = i + 1; break; }
        }
        int end = text.length();
        for (int i = at; i < text.length(); i++) {
            if (SENTENCE_DELIMITERS.indexOf(text.charAt(i)) >= 0) { end = i + 1; break; }
        }
        return new int[] {start, end};
    }
}
