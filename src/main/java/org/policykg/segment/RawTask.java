package org.policykg.segment;

import org.policykg.normalise.MappedText;

/**
 * A task as the segmenter found it: its number as printed, its section path, its text (all its
 * lines joined), where its body starts after the number, and its parsed unit clause.
 */
public record RawTask(String number, String section, MappedText text, int bodyStart, ParsedClause clause, Line first, Line last) {

    /** The task's text without number and unit clause, as the document writes it. */
    public String originalBody() {
        return text.originalSlice(bodyStart, Math.max(bodyStart, clause.bodyEnd())).strip();
    }
}
