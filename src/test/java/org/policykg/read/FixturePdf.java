package org.policykg.read;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/** What the tests' PDFs are drawn with: the fixture font (src/test/resources/read/README.md), at 10 pt. */
final class FixturePdf {

    static final float SIZE = 10;

    private FixturePdf() {}

    /** The fixture font, embedded in {@code doc}: it has the glyphs of notice-with-table.html only. */
    static PDType0Font font(PDDocument doc) throws IOException {
        try (InputStream in = FixturePdf.class.getResourceAsStream("/read/fixture-font.ttf")) {
            return PDType0Font.load(doc, in);
        }
    }

    /** {@code text} drawn with its baseline starting at (x, y), in PDF coordinates (y up). */
    static void show(PDPageContentStream content, PDType0Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, SIZE);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
