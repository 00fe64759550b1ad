package org.policykg.read;

import java.util.List;

/** What a PDF page gives, top to bottom: lines of text and tables of cells. */
sealed interface PdfBlock {

    float top();

    /**
     * Text outside any table: a line as laid out, or the paragraph {@link PdfParagraphs} joined from
     * wrapped lines; {@code left}/{@code right} the extent of its last line, {@code em} its font size.
     */
    record Text(float top, String text, float left, float right, float em) implements PdfBlock {

        Text(PdfTextLine line) {
            this(line.top(), line.text(), line.left(), line.right(), line.em());
        }
    }

    /**
     * A table of the page: its cells (0-based grid positions within the page's part of the table)
     * and the left edges of its columns, by which a table going on to the next page is known.
     */
    record Table(float top, float[] columns, List<Cell> cells) implements PdfBlock {}

    /** A cell of a table at its top-left grid position, with its spans and its text (wrapped lines joined). */
    record Cell(int row, int column, int rowSpan, int columnSpan, String text) {}
}
