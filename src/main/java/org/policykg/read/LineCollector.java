package org.policykg.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the lines of a format without lines of its own (Word, Excel, PDF): each non-blank piece of
 * text becomes one line numbered by its ordinal, with its offset in the text the lines make joined
 * by newlines, and the locator that says where it is in the file.
 */
final class LineCollector {

    private final List<SourceLine> lines = new ArrayList<>();
    private int offset;

    /** One paragraph or page line; a text with line breaks gives one line per part. */
    void text(String text, String locator) {
        for (String part : text.split("\\R")) add(part, null, locator);
    }

    /** One cell of a table: its text on one line (paragraphs of the cell joined by a space). */
    void cell(String text, TableCell cell, String locator) {
        add(String.join(" ", text.strip().split("\\s*\\R\\s*")), cell, locator);
    }

    private void add(String text, TableCell cell, String locator) {
        String clean = text.strip();
        if (clean.isEmpty()) return;
        lines.add(new SourceLine(lines.size() + 1, offset, clean, cell, locator));
        offset += clean.length() + 1;
    }

    List<SourceLine> lines() {
        return List.copyOf(lines);
    }
}
