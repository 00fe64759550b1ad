package org.policykg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policykg.model.Paragraph;
import org.policykg.model.ReportPart;
import org.policykg.model.Span;

/**
 * Reads a work report as numbered paragraphs, each with the section it stands in and its part of the
 * report: the review of the past year, the main expected targets, the year's work. Page chrome and
 * everything up to the title line are left out.
 */
public final class ReportSegmenter {

    private static final int MIN_PARAGRAPH_LENGTH = 10;
    /** A heading line without its numbering: 一、2020年工作回顾, 过去五年工作回顾. */
    private static final int MAX_HEADING_LENGTH = 30;
    private static final Pattern REVIEW = Pattern.compile("回顾|过去一年|过去五年|以来的?工作|一年来|五年来");
    private static final Pattern WORK = Pattern.compile("(\\d{4}年|今年|明年)的?(主要)?(工作|任务)|工作安排|工作任务|总体要求|主要任务|重点工作"
            + "|工作建议|工作的建议|奋斗目标|发展目标|总体思路|今后五年|未来五年");
    /** The passage that states the year's main expected targets. */
    public static final Pattern EXPECTED_TARGETS = Pattern.compile("主要预期目标|主要预期指标|预期目标是|主要目标是");
    private static final int MAX_TARGET_LIST_LINE = 150;

    private final LineClassifier classifier = new LineClassifier();

    /** @param titleLine the 1-based line number of the report's title, or 0 when unknown */
    public List<Paragraph> segment(List<Line> lines, int titleLine) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String section = null;
        ReportPart part = ReportPart.OTHER;
        boolean targetList = false;
        for (Line line : lines) {
            if (line.number() <= titleLine) continue;
            LineKind kind = classifier.classify(line);
            String norm = line.norm().strip();
            if (kind == LineKind.SECTION || isBareHeading(kind, norm)) {
                part = partOf(norm, part);
                targetList = false;
            }
            if (kind == LineKind.SECTION) {
                section = line.norm();
            } else if (kind != LineKind.BLANK && kind != LineKind.CHROME && line.norm().length() >= MIN_PARAGRAPH_LENGTH) {
                String text = line.text().original().strip();
                int start = line.offset() + line.text().original().indexOf(text);
                boolean states = EXPECTED_TARGETS.matcher(norm).find();
                boolean listed = targetList && norm.length() <= MAX_TARGET_LIST_LINE;
                ReportPart p = states || listed ? ReportPart.EXPECTED_TARGETS : part;
                // 主要预期目标是: followed by one target a line
                targetList = states && (norm.endsWith(":") || norm.endsWith("：")) || listed;
                paragraphs.add(new Paragraph(paragraphs.size() + 1, section, text, new Span(line.number(), start, start + text.length(), line.locator()), List.of(), p));
            }
        }
        return paragraphs;
    }

    private static boolean isBareHeading(LineKind kind, String norm) {
        return kind != LineKind.BLANK && norm.length() <= MAX_HEADING_LENGTH && !norm.matches(".*[。，,;；:：].*");
    }

    private static ReportPart partOf(String heading, ReportPart current) {
        if (REVIEW.matcher(heading).find()) return ReportPart.REVIEW;
        if (WORK.matcher(heading).find()) return ReportPart.WORK;
        return current;
    }
}
