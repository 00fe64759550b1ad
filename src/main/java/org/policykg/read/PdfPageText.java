package org.policykg.read;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The lines of one page's text layer with the position of every glyph: PDFBox's text stripper
 * (sorted by position, so lines read top to bottom, left to right whatever the drawing order)
 * does the line and word finding; this keeps what it finds instead of only its text.
 */
final class PdfPageText extends PDFTextStripper {

    private final List<PdfTextLine> lines = new ArrayList<>();
    private List<PdfGlyph> line = new ArrayList<>();
    private int word;

    private PdfPageText() {
        setSortByPosition(true);
    }

    static List<PdfTextLine> of(PDDocument doc, int page) throws IOException {
        PdfPageText text = new PdfPageText();
        text.setStartPage(page);
        text.setEndPage(page);
        text.writeText(doc, new StringWriter());
        text.endLine();
        return text.lines;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        word++;
        boolean space = false;
        for (TextPosition p : positions) {
            // A space the page draws is not kept as a glyph, but it still parts two words (落实。 一、主要目标 1、…).
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                space = true;
                continue;
            }
            line.add(new PdfGlyph(p.getUnicode(), p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(), p.getHeightDir(), p.getFontSizeInPt(), word, space));
            space = false;
        }
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        line.removeIf(g -> g.text() == null || g.text().isBlank());
        if (!line.isEmpty()) lines.add(new PdfTextLine(line));
        line = new ArrayList<>();
    }
}
