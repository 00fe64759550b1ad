package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.extract.DocumentExtractor;
import org.policykg.model.ExtractedDocument;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;

/**
 * A PDF wraps its paragraphs at the text's right edge, as a typesetter does: the reader gives back the
 * paragraphs, so a unit cut at the edge (区经 | 信局) is one unit, and an item that starts flush after a
 * full line (1、 / 2、) stays an item of its own.
 */
class PdfParagraphsTest {

    private static final float SIZE = 10;
    private static final float LEFT = 60;
    /** The text's width: fourteen characters of the fixture font. */
    private static final float WIDTH = 14 * SIZE;
    private static final float LEADING = 15;

    /** A prose paragraph (first line indented two characters) and two items set flush left. */
    private static final List<String> PARAGRAPHS = List.of(
            "现将《2025年区政府工作报告重点任务分解方案》印发给你们，请认真贯彻落实。",
            "1、推进长乐山工业园区建设，年内新建标准厂房10万平方米。牵头单位：区发改局，配合单位：区财政局、区经信局",
            "2、加快老旧小区改造，6月底前完成12个小区。牵头单位：区住建局，配合单位：区城管局、区财政局");

    private final DocumentReader reader = new DocumentReader();

    @Test
    void wrappedLinesAreReadAsTheirParagraphs() throws IOException {
        List<SourceLine> lines = reader.lines(TableFormatsTest.file("wrapped-text.pdf", pdf()));
        assertEquals(PARAGRAPHS, lines.stream().map(SourceLine::text).toList());
    }

    @Test
    void aUnitCutAtTheEdgeIsOneUnit() throws IOException {
        SourceFile file = TableFormatsTest.file("wrapped-text.pdf", pdf());
        ExtractedDocument doc = new DocumentExtractor(SeedStore.GAZETTEER).extract(file, reader.lines(file), ProblemHandler.lenient(new ProblemLog()));
        List<String> units = new ArrayList<>();
        doc.lists().forEach(l -> l.tasks().forEach(t -> t.responsibilities().forEach(r ->
                units.add(t.number() + " " + r.role().name().toLowerCase() + " " + r.nameAsWritten()))));
        assertEquals(List.of("1 lead 区发改局", "1 cooperating 区财政局", "1 cooperating 区经信局",
                "2 lead 区住建局", "2 cooperating 区城管局", "2 cooperating 区财政局"), units);
    }

    /** The paragraphs set in lines no wider than {@link #WIDTH}, never breaking between two digits. */
    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font;
            try (InputStream in = PdfParagraphsTest.class.getResourceAsStream("/read/fixture-font.ttf")) {
                font = PDType0Font.load(doc, in);
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String p : PARAGRAPHS) {
                    float indent = p.startsWith("现") ? 2 * SIZE : 0;
                    for (String line : wrap(font, p, indent)) {
                        content.beginText();
                        content.setFont(font, SIZE);
                        content.newLineAtOffset(LEFT + indent, y);
                        content.showText(line);
                        content.endText();
                        indent = 0;
                        y -= LEADING;
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(PDType0Font font, String text, float indent) throws IOException {
        List<String> lines = new ArrayList<>();
        int start = 0;
        float room = WIDTH - indent;
        for (int end = start + 1; end <= text.length(); end++) {
            if (font.getStringWidth(text.substring(start, end)) / 1000 * SIZE > room) {
                int cut = end - 1;
                while (Character.isDigit(text.charAt(cut - 1)) && Character.isDigit(text.charAt(cut))) cut--;
                lines.add(text.substring(start, cut));
                start = cut;
                room = WIDTH;
            }
        }
        lines.add(text.substring(start));
        return lines;
    }
}
