package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.indicator.IndicatorThesaurus;
import org.policykg.model.IndicatorConcept;
import org.policykg.model.QualitativeTarget;
import org.policykg.model.Target;
import org.policykg.normalise.MappedText;
import org.policykg.segment.ReportSegmenter;

/**
 * The main expected targets of a report's year: from the passage that states them (今年…主要预期目标是:
 * 地区生产总值增长5%左右;…) to the end of its sentence and the sentences after that state more rates,
 * or a line each after a colon. Targets with a
 * number become goal targets; clauses without one that name an indicator or a qualitative aim
 * (居民收入增长和经济增长同步, 完成国家下达的节能减排任务) are kept as written. Goals of another year
 * (到2025年, 今后五年) are not the year's targets.
 */
final class ExpectedTargetsReader {

    /** What a report reads from one paragraph of its targets part. */
    record Goals(List<Target> targets, List<QualitativeTarget> qualitative, int from, int to) {}

    private static final Pattern OTHER_HORIZON = Pattern.compile("今后五年|未来五年|五年的|十[一二三四五六]五”?时期|[到至](20\\d{2})年");
    private static final Pattern YEAR_BY = Pattern.compile("[到至](20\\d{2})年");
    private static final Pattern CLAUSE = Pattern.compile("[^,，;；。:：]+");
    private static final Pattern QUALITATIVE = Pattern.compile("同步|下达|稳步|平衡|改善|下降|稳定|正增长|合理区间|基本持平|持续提升|明显提升|保持");
    private static final int MIN_CLAUSE = 4;
    /** A sentence after the targets that speaks of them (上述目标, 实现这些目标, 为此) rather than stating more. */
    private static final Pattern LOOKS_BACK = Pattern.compile("^(上述|这些|以上|为此|为实现|实现|完成|围绕|综合|考虑|根据|要|必须)|目标[的是,，]");

    private final CommitmentReader commitments;
    private final IndicatorThesaurus thesaurus;

    ExpectedTargetsReader(CommitmentReader commitments, IndicatorThesaurus thesaurus) {
        this.commitments = commitments;
        this.thesaurus = thesaurus;
    }

    /**
     * @param listed true for a line of a list that follows 主要预期目标是: (the whole line is a target)
     */
    Goals read(MappedText text, org.policykg.model.Span at, Integer planYear, boolean listed) {
        String norm = text.text();
        int from = 0;
        int to = norm.length();
        if (!listed) {
            Matcher m = ReportSegmenter.EXPECTED_TARGETS.matcher(norm);
            if (!m.find()) return new Goals(List.of(), List.of(), 0, 0);
            int sentenceStart = Math.max(norm.lastIndexOf('。', m.start()) + 1, 0);
            if (otherHorizon(norm.substring(sentenceStart, m.start()), planYear)) return new Goals(List.of(), List.of(), 0, 0);
            from = m.end();
            to = sentenceEnd(norm, from);
            // 主要预期目标是:地区生产总值增长5.5%左右。规上工业增加值增长6.5%左右,…。 — the targets go on
            // over the sentences that state more of them, up to one that states none or looks back at them.
            while (to < norm.length() && statesTargets(text, to, sentenceEnd(norm, to))) to = sentenceEnd(norm, to);
        }
        CommitmentReader.Stretch passage = new CommitmentReader.Stretch(text, from, to, at.line(), at.start(), at.locator());
        String p = passage.normalised();
        List<Target> targets = new ArrayList<>();
        for (Target t : commitments.targets(passage, true)) {
            String clause = clauseAround(p, t);
            if (!otherHorizon(clause, planYear)) targets.add(t);
        }
        return new Goals(targets, qualitative(passage, p), from, to);
    }

    private List<QualitativeTarget> qualitative(CommitmentReader.Stretch passage, String p) {
        List<QualitativeTarget> goals = new ArrayList<>();
        for (Matcher c = CLAUSE.matcher(p); c.find(); ) {
            String clause = c.group().strip();
            if (clause.length() < MIN_CLAUSE || clause.matches(".*\\d.*")) continue;
            IndicatorConcept concept = thesaurus.matchFirst(clause).orElse(null);
            if (concept == null && !QUALITATIVE.matcher(clause).find()) continue;
            goals.add(new QualitativeTarget(concept, passage.original(c.start(), c.end()), passage.span(c.start(), c.end())));
        }
        return goals;
    }

    private static int sentenceEnd(String norm, int from) {
        int stop = norm.indexOf('。', from);
        return stop < 0 ? norm.length() : stop + 1;
    }

    /** A sentence that states a rate among the year's targets, not one that looks back at them (上述目标…). */
    private boolean statesTargets(MappedText text, int from, int to) {
        String sentence = text.text().substring(from, to).strip();
        if (LOOKS_BACK.matcher(sentence).find()) return false;
        return commitments.targets(new CommitmentReader.Stretch(text, from, to, 0, 0), true).stream()
                .anyMatch(t -> t.kind() == org.policykg.model.TargetKind.GROWTH_RATE || t.unitIri() != null && t.unitIri().endsWith("PERCENT"));
    }

    /** The clause of the passage that holds the target's value. */
    private static String clauseAround(String p, Target t) {
        int at = p.indexOf(t.asWritten());
        if (at < 0) return "";
        int start = CommitmentReader.clauseStart(p, at);
        return p.substring(start, Math.min(p.length(), at + t.asWritten().length()));
    }

    /** 到2025年 (not the plan year), 今后五年, 十四五: a goal of another horizon. */
    private static boolean otherHorizon(String s, Integer planYear) {
        Matcher m = OTHER_HORIZON.matcher(s);
        while (m.find()) {
            Matcher y = YEAR_BY.matcher(m.group());
            if (!y.matches() || planYear == null || Integer.parseInt(y.group(1)) != planYear) return true;
        }
        return false;
    }
}
