package org.policykg.segment;

import org.policykg.normalise.MappedText;
import org.policykg.read.TableCell;

/**
 * A source line with its normalised text: the unit every segmenter works on. {@code cell} and
 * {@code locator} are the source line's (see {@link org.policykg.read.SourceLine}).
 */
public record Line(int number, int offset, MappedText text, TableCell cell, String locator) {

    public Line(int number, int offset, MappedText text) {
        this(number, offset, text, null, null);
    }

    /** The normalised text, trimmed. */
    public String norm() {
        return text.text().strip();
    }

    public boolean isBlank() {
        return text.text().isBlank();
    }
}
