package org.policykg.extract;

import java.util.List;
import org.policykg.model.Deadline;
import org.policykg.model.Span;
import org.policykg.model.Target;
import org.policykg.normalise.MappedText;

/**
 * Reads the targets and deadlines of one stretch of a line's text and places them in the file:
 * the extractors work on the normalised text, the records carry what the document wrote.
 */
final class CommitmentReader {

    private final TargetExtractor targets = new TargetExtractor();
    private final DeadlineExtractor deadlines = new DeadlineExtractor();

    /** A stretch {@code [from, to)} of {@code text}, whose original starts at {@code fileOffset} on {@code line}. */
    record Stretch(MappedText text, int from, int to, int line, int fileOffset) {

        String normalised() {
            return text.text().substring(from, to);
        }

        String original(int start, int end) {
            return text.originalSlice(from + start, from + end).strip();
        }

        Span span(int start, int end) {
            return new Span(line, fileOffset + text.originalOffset(from + start), fileOffset + text.originalOffset(from + end));
        }
    }

    List<Target> targets(Stretch s, boolean goalLevel) {
        return targets.extract(s.normalised()).stream().map(f -> new Target(
                f.indicator(), s.original(f.start(), f.end()), f.value(), f.upper(), f.unit().qudt(),
                f.unit().qudt() == null ? f.unit().written() : null, f.comparator(), f.kind(), f.aspired(), goalLevel,
                s.original(f.sentenceStart(), f.sentenceEnd()), s.span(f.sentenceStart(), f.sentenceEnd()))).toList();
    }

    List<Deadline> deadlines(Stretch s, Integer planYear, Integer issueYear) {
        return deadlines.extract(s.normalised(), planYear, issueYear).stream().map(f -> new Deadline(
                s.original(f.from(), f.to()), f.governs(), f.start(), f.end(), f.openEnded(), s.span(f.from(), f.to()))).toList();
    }
}
