package org.policykg.read;

/**
 * One line of a document's text as read: its 1-based line number in the file (for HTML, the line
 * of the block element that produced it; for formats without lines, the ordinal of the paragraph or
 * cell), its character offset in the decoded text, and the text. {@code cell} is set when the line
 * is one cell of a real table; {@code locator} says where the line is in the terms of its format
 * ("p. 3", "¶ 12", "Sheet1!B4"), or is null where the line number says it all.
 */
public record SourceLine(int number, int offset, String text, TableCell cell, String locator) {

    public SourceLine(int number, int offset, String text) {
        this(number, offset, text, null, null);
    }

    public boolean inTable() {
        return cell != null;
    }
}
