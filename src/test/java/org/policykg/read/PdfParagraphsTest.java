package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
 * full line (1、 / 2、) stays an item of its own. A paragraph goes on over a page break, past the page
 * number; the quarter em that word processors set between Chinese and digits is no space.
 */
class PdfParagraphsTest {

    private static final float SIZE = FixturePdf.SIZE;
    private static final float LEFT = 60;
    /** The text's width: twenty characters of the fixture font. */
    private static final float WIDTH = 20 * SIZE;
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
    void aParagraphGoesOnOverAPageBreakPastThePageNumber() throws IOException {
        List<SourceLine> lines = reader.lines(TableFormatsTest.file("two-pages.pdf", pdf(4)));
        // Four lines a page: the first item runs from page 1 on to page 2, past page 1's number; page 2
        // has two full lines only, too few to show a wrapping of its own, and wraps as page 1 does.
        assertEquals(List.of(PARAGRAPHS.get(0), PARAGRAPHS.get(1), "1", PARAGRAPHS.get(2)), lines.stream().map(SourceLine::text).toList());
        assertEquals(List.of("p. 1", "p. 1", "p. 1", "p. 2"), lines.stream().map(SourceLine::locator).toList());
    }

    @Test
    void theGapWordProcessorsSetBetweenChineseAndDigitsIsNoSpace() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = FixturePdf.font(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float x = LEFT;
                for (String part : List.of("年内新建标准厂房", "10", "万平方米")) {
                    FixturePdf.show(content, font, x, 780, part);
                    x += font.getStringWidth(part) / 1000 * SIZE + 0.25f * SIZE;
                }
            }
            doc.save(out);
            List<SourceLine> lines = reader.lines(TableFormatsTest.file("autospace.pdf", out.toByteArray()));
            assertEquals(List.of("年内新建标准厂房10万平方米"), lines.stream().map(SourceLine::text).toList());
        }
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

    /** The paragraphs set in lines no wider than {@link #WIDTH}, never breaking between two digits, on one page. */
    private static byte[] pdf() throws IOException {
        return pdf(Integer.MAX_VALUE);
    }

    /**
     * The same with a page break after {@code perPage} lines, each page but the last numbered at its foot.
     */
    private static byte[] pdf(int perPage) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = FixturePdf.font(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDPageContentStream content = new PDPageContentStream(doc, page);
            float y = 780;
            int onPage = 0;
            int number = 1;
            for (String p : PARAGRAPHS) {
                float indent = p.startsWith("现") ? 2 * SIZE : 0;
                for (String line : wrap(font, p, indent)) {
                    if (onPage == perPage) {
                        FixturePdf.show(content, font, LEFT + WIDTH / 2, 60, String.valueOf(number++));
                        content.close();
                        page = new PDPage(PDRectangle.A4);
                        doc.addPage(page);
                        content = new PDPageContentStream(doc, page);
                        y = 780;
                        onPage = 0;
                    }
                    FixturePdf.show(content, font, LEFT + indent, y, line);
                    indent = 0;
                    y -= LEADING;
                    onPage++;
                }
            }
            content.close();
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
