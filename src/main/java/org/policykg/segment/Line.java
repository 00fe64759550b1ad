package org.policykg.segment;

import org.policykg.normalise.MappedText;

/** A source line with its normalised text: the unit every segmenter works on. */
public record Line(int number, int offset, MappedText text) {

    /** The normalised text, trimmed. */
    public String norm() {
        return text.text().strip();
    }

    public boolean isBlank() {
        return text.text().isBlank();
    }
}
