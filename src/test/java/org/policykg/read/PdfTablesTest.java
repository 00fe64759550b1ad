package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * A PDF laid out as Word prints a task table: portrait page, narrow columns, so the task texts wrap
 * over several lines in their cells; the lead cell merged over two rows with its text centred
 * between them; borders drawn as thin filled rectangles; the table going on to a second page with
 * its header row repeated and page numbers between. The cells come out whole, at their grid
 * positions, as one table; and the notice gives the tasks and units of its HTML version.
 */
class PdfTablesTest {

    private static final NoticeFixture NOTICE = new NoticeFixture();
    /** Left edge of each column, and the table's right edge (points, from the page's left). */
    private static final float[] EDGES = {60, 95, 305, 395, 535};
    private static final float SIZE = FixturePdf.SIZE;
    private static final float LEADING = 14;
    private static final float PAD = 6;
    /** Table rows on the first page (header included); the rest go to the second, under the header again. */
    private static final int FIRST_PAGE_ROWS = 3;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void wrappedTextJoinsAndTheMergedLeadIsOneCellOfOneTableOverTwoPages() throws IOException {
        List<SourceLine> lines = reader.lines(TableFormatsTest.file("wrapped.pdf", pdf()));
        List<SourceLine> cells = lines.stream().filter(SourceLine::inTable).toList();
        assertEquals(NOTICE.cells, cells.stream().map(l -> new NoticeFixture.Cell(l.cell().row(), l.cell().column(),
                l.cell().rowSpan(), l.cell().columnSpan(), l.text())).toList());
        assertTrue(cells.stream().allMatch(l -> l.cell().table() == 0), "one table over both pages");
        SourceLine task3 = cells.stream().filter(l -> l.text().startsWith("加快老旧小区改造")).findFirst().orElseThrow();
        assertEquals("p. 2 table 1 R4C2", task3.locator());
        List<String> text = lines.stream().filter(l -> !l.inTable()).map(SourceLine::text).toList();
        assertEquals(NOTICE.paragraphs, text.subList(0, NOTICE.paragraphs.size()));
        assertEquals(List.of("1", "2"), text.subList(NOTICE.paragraphs.size(), text.size()));
    }

    @Test
    void givesTheTasksAndUnitsOfTheHtml() throws IOException {
        DocumentExtractor extractor = new DocumentExtractor(SeedStore.GAZETTEER);
        SourceFile html = TableFormatsTest.file("notice.html", NOTICE.html.getBytes(StandardCharsets.UTF_8));
        SourceFile pdf = TableFormatsTest.file("wrapped.pdf", pdf());
        assertEquals(summary(extractor.extract(html, reader.lines(html), ProblemHandler.lenient(new ProblemLog()))),
                summary(extractor.extract(pdf, reader.lines(pdf), ProblemHandler.lenient(new ProblemLog()))));
    }

    /** A text page with no rules and no columns gives its lines as text, as PDFBox's stripper reads them. */
    @Test
    void aPageOfTextGivesItsLines() throws IOException {
        List<SourceLine> lines = reader.lines(TableFormatsTest.file("text.pdf", textPdf()));
        assertEquals(NOTICE.paragraphs, lines.stream().map(SourceLine::text).toList());
        assertTrue(lines.stream().noneMatch(SourceLine::inTable));
    }

    private static List<String> summary(ExtractedDocument doc) {
        List<String> out = new ArrayList<>();
        out.add(doc.info().kind() + " " + doc.info().jurisdiction().code() + " " + doc.info().planYear());
        doc.lists().forEach(l -> l.tasks().forEach(t -> {
            out.add(t.number() + " " + t.text());
            t.responsibilities().forEach(r -> out.add("  " + r.role() + " " + r.unit().canonicalName()));
        }));
        return out;
    }

    private static byte[] textPdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = FixturePdf.font(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = 780;
                for (String p : NOTICE.paragraphs) {
                    FixturePdf.show(content, font, 60, y, p);
                    y -= 20;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = FixturePdf.font(doc);
            List<Integer> body = new ArrayList<>();
            for (int r = 1; r < NOTICE.rows; r++) body.add(r);
            PDPage first = page(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, first)) {
                float y = 780;
                for (String p : NOTICE.paragraphs) {
                    FixturePdf.show(content, font, EDGES[0], y, p);
                    y -= 20;
                }
                List<Integer> rows = new ArrayList<>(List.of(0));
                rows.addAll(body.subList(0, FIRST_PAGE_ROWS - 1));
                table(content, font, rows, y);
                FixturePdf.show(content, font, 280, 40, "1");
            }
            PDPage second = page(doc);
            try (PDPageContentStream content = new PDPageContentStream(doc, second)) {
                FixturePdf.show(content, font, 280, 800, "2");
                List<Integer> rows = new ArrayList<>(List.of(0));
                rows.addAll(body.subList(FIRST_PAGE_ROWS - 1, body.size()));
                table(content, font, rows, 770);
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static PDPage page(PDDocument doc) {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return page;
    }

    /** The given rows of the notice's table from {@code top} down; a merged cell's text centred over its rows. */
    private static void table(PDPageContentStream content, PDType0Font font, List<Integer> rows, float top) throws IOException {
        float[] tops = new float[rows.size() + 1];
        tops[0] = top;
        for (int i = 0; i < rows.size(); i++) tops[i + 1] = tops[i] - height(rows.get(i));
        for (int i = 0; i < rows.size(); i++) {
            int row = rows.get(i);
            for (NoticeFixture.Cell cell : NOTICE.cells) {
                if (cell.row() != row) continue;
                int last = Math.min(rows.size() - 1, i + cell.rowSpan() - 1);
                List<String> wrapped = wrap(cell.text(), cell.column());
                float middle = (tops[i] + tops[last + 1]) / 2;
                float y = middle + (wrapped.size() * LEADING) / 2 - SIZE;
                for (String part : wrapped) {
                    FixturePdf.show(content, font, EDGES[cell.column()] + PAD / 2, y, part);
                    y -= LEADING;
                }
            }
            // the rule above the row, but not across a cell merged down from the row above
            for (int c = 0; c < EDGES.length - 1; c++) {
                if (i == 0 || !mergedOver(row, c)) rule(content, EDGES[c], tops[i], EDGES[c + 1] - EDGES[c], 0.5f);
            }
        }
        rule(content, EDGES[0], tops[rows.size()], EDGES[EDGES.length - 1] - EDGES[0], 0.5f);
        for (float x : EDGES) rule(content, x, tops[0], 0.5f, tops[0] - tops[rows.size()]);
    }

    private static boolean mergedOver(int row, int column) {
        return NOTICE.cells.stream().anyMatch(c -> c.column() == column && c.row() < row && c.row() + c.rowSpan() > row);
    }

    private static float height(int row) {
        int lines = NOTICE.cells.stream().filter(c -> c.row() == row && c.rowSpan() == 1)
                .mapToInt(c -> wrap(c.text(), c.column()).size()).max().orElse(1);
        return lines * LEADING + PAD;
    }

    /** The text cut to the column's width, one full-width character being the font size wide. */
    private static List<String> wrap(String text, int column) {
        int perLine = (int) ((EDGES[column + 1] - EDGES[column] - PAD) / SIZE);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += perLine) out.add(text.substring(i, Math.min(text.length(), i + perLine)));
        return out;
    }

    /** A border as Word draws it: a thin filled rectangle below-right of (x, y). */
    private static void rule(PDPageContentStream content, float x, float y, float width, float height) throws IOException {
        content.addRect(x, y - height, width, Math.max(height, 0.5f));
        content.fill();
    }



}
