package org.policykg.read;

/**
 * One character of a PDF page's text layer, in page coordinates with the origin at the top left
 * (as a reader sees the page): {@code x} its left edge, {@code baseline} the y of its baseline,
 * {@code width}/{@code height} its box, {@code size} the font size. {@code word} numbers the words
 * of the page as PDFBox's text stripper cut them; {@code spaceBefore} says the page draws a space
 * right before the glyph (a space is not kept as a glyph of its own).
 */
record PdfGlyph(String text, float x, float baseline, float width, float height, float size, int word, boolean spaceBefore) {

    float right() {
        return x + width;
    }

    float centreX() {
        return x + width / 2;
    }

    float centreY() {
        return baseline - height / 2;
    }

    /** The height a line of this glyph takes: its font size, or its box when the size is not set. */
    float em() {
        return size > 0 ? size : Math.max(height, 1);
    }
}
