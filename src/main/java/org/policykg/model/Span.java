package org.policykg.model;

/**
 * Where a piece of text stands in its source file: 1-based line, 0-based character offsets, and,
 * for a format without lines of its own (Word, Excel, PDF), where it is in that format's terms
 * ("p. 3", "¶ 12", "table 1 R2C3", "分解表!C4"); the locator is null for text and HTML files.
 */
public record Span(int line, int start, int end, String locator) {

    public Span(int line, int start, int end) {
        this(line, start, end, null);
    }
}
