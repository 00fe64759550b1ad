package org.policykg.segment;

import org.policykg.lexicon.Lexicon;


/** Tells a line's kind from its own text; the segmenters add context. */
public final class LineClassifier {


    private final ChromeFilter chrome = new ChromeFilter();

    public LineKind classify(Line line) {
        String s = line.norm();
        if (s.isEmpty()) return LineKind.BLANK;
        if (chrome.isFileName(s)) return LineKind.CHROME;
        if (Patterns.ATTACHMENT_MARK.matcher(s).matches()) return LineKind.ATTACHMENT_MARK;
        if (Patterns.ATTACHMENT_LIST.matcher(s).find()) return LineKind.ATTACHMENT_LIST;
        if (Patterns.TASK.matcher(s).matches() || Patterns.SUB_TASK.matcher(s).matches()) return LineKind.TASK;
        if (Patterns.SECTION.matcher(s).matches()) return LineKind.SECTION;
        if (Patterns.SUBSECTION.matcher(s).matches()) return LineKind.SUBSECTION;
        if (Patterns.DASH_HEADING.matcher(s).matches()) return LineKind.DASH_HEADING;
        if (Patterns.FIELD_LINE.matcher(s).find()) return LineKind.FIELD;
        if (Lexicon.get().tableHeader(s) == Lexicon.Kind.NUMBER) return LineKind.TABLE_HEADER;
        if (chrome.isChrome(s)) return LineKind.CHROME;
        return LineKind.TEXT;
    }
}
