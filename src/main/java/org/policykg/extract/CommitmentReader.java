package org.policykg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.indicator.IndicatorThesaurus;
import org.policykg.model.IndicatorConcept;
import org.policykg.model.Deadline;
import org.policykg.model.Span;
import org.policykg.model.Target;
import org.policykg.normalise.MappedText;

/**
 * Reads the targets and deadlines of one stretch of a line's text and places them in the file:
 * the extractors work on the normalised text, the records carry what the document wrote.
 */
final class CommitmentReader {

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,，;；。:：]");

    private final TargetExtractor targets = new TargetExtractor();
    private final DeadlineExtractor deadlines = new DeadlineExtractor();
    private final IndicatorThesaurus thesaurus;

    CommitmentReader(IndicatorThesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    /** A stretch {@code [from, to)} of {@code text}, whose original starts at {@code fileOffset} on {@code line}. */
    record Stretch(MappedText text, int from, int to, int line, int fileOffset, String locator) {

        Stretch(MappedText text, int from, int to, int line, int fileOffset) {
            this(text, from, to, line, fileOffset, null);
        }

        String normalised() {
            return text.text().substring(from, to);
        }

        String original(int start, int end) {
            return text.originalSlice(from + start, from + end).strip();
        }

        Span span(int start, int end) {
            return new Span(line, fileOffset + text.originalOffset(from + start), fileOffset + text.originalOffset(from + end), locator);
        }
    }

    List<Target> targets(Stretch s, boolean goalLevel) {
        String text = s.normalised();
        return targets.extract(text).stream().map(f -> new Target(
                f.indicator(), s.original(f.start(), f.end()), f.value(), f.upper(), f.unit().qudt(),
                f.unit().qudt() == null ? f.unit().written() : null, f.comparator(), f.kind(), f.aspired(), goalLevel,
                s.original(f.sentenceStart(), f.sentenceEnd()), s.span(f.sentenceStart(), f.sentenceEnd()),
                concept(f, text))).toList();
    }

    /** The thesaurus indicator: named by the target's indicator, else the nearest one in its clause before the number. */
    private IndicatorConcept concept(TargetExtractor.Found f, String text) {
        return thesaurus.match(f.indicator()).orElseGet(() -> {
            String clause = text.substring(clauseStart(text, f.start()), f.start());
            return thesaurus.matchBefore(clause, clause.length()).orElse(null);
        });
    }

    static int clauseStart(String text, int at) {
        int start = 0;
        for (Matcher m = CLAUSE_BREAK.matcher(text); m.find() && m.start() < at; ) start = m.end();
        return start;
    }

    List<Deadline> deadlines(Stretch s, Integer planYear, Integer issueYear) {
        return deadlines.extract(s.normalised(), planYear, issueYear).stream().map(f -> new Deadline(
                s.original(f.from(), f.to()), f.governs(), f.start(), f.end(), f.openEnded(), s.span(f.from(), f.to()))).toList();
    }
}
