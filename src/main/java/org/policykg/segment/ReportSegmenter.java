package org.policykg.segment;

import java.util.ArrayList;
import java.util.List;
import org.policykg.model.Paragraph;
import org.policykg.model.Span;

/**
 * Reads a work report as numbered paragraphs, each with the section it stands in. Page chrome and
 * everything up to the title line are left out.
 */
public final class ReportSegmenter {

    private static final int MIN_PARAGRAPH_LENGTH = 10;

    private final LineClassifier classifier = new LineClassifier();

    /** @param titleLine the 1-based line number of the report's title, or 0 when unknown */
    public List<Paragraph> segment(List<Line> lines, int titleLine) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String section = null;
        for (Line line : lines) {
            if (line.number() <= titleLine) continue;
            LineKind kind = classifier.classify(line);
            if (kind == LineKind.SECTION) {
                section = line.norm();
            } else if (kind != LineKind.BLANK && kind != LineKind.CHROME && line.norm().length() >= MIN_PARAGRAPH_LENGTH) {
                String text = line.text().original().strip();
                int start = line.offset() + line.text().original().indexOf(text);
                paragraphs.add(new Paragraph(paragraphs.size() + 1, section, text, new Span(line.number(), start, start + text.length()), List.of()));
            }
        }
        return paragraphs;
    }
}
