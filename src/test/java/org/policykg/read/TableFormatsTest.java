package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.extract.DocumentExtractor;
import org.policykg.model.ExtractedDocument;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;

/**
 * One notice with a 序号/工作任务/牵头单位/配合单位 table (a lead cell merged over two rows), as HTML
 * and as .docx, .xlsx, .xls and PDF made here with POI and PDFBox: each reader gives the table's
 * cells at their grid positions with their spans, in reading order, and the extracted document
 * is the one the HTML gives.
 */
class TableFormatsTest {

    private static final NoticeFixture NOTICE = new NoticeFixture();
    private final DocumentReader reader = new DocumentReader();
    private final DocumentExtractor extractor = new DocumentExtractor(SeedStore.GAZETTEER);

    static SourceFile file(String name, byte[] bytes) {
        return new SourceFile(Path.of(name), name, bytes, "0");
    }

    private static List<NoticeFixture.Cell> cells(List<SourceLine> lines) {
        return lines.stream().filter(SourceLine::inTable).map(l -> new NoticeFixture.Cell(
                l.cell().row(), l.cell().column(), l.cell().rowSpan(), l.cell().columnSpan(), l.text())).toList();
    }

    private static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }

    @Test
    void docxGivesParagraphsThenTheTableCellsWithTheMergedLeadCellOnce() throws IOException {
        List<SourceLine> lines = reader.lines(file("notice.docx", NOTICE.docx()));
        List<SourceLine> paragraphs = lines.stream().filter(l -> !l.inTable()).toList();
        assertEquals(NOTICE.paragraphs, texts(paragraphs));
        assertEquals("¶ 1", paragraphs.get(0).locator());
        assertEquals(NOTICE.cells, cells(lines));
        assertEquals(new NoticeFixture.Cell(1, 2, 2, 1, "区发改局"), cells(lines).get(6));
        assertEquals(NOTICE.paragraphs.size(), lines.indexOf(lines.stream().filter(SourceLine::inTable).findFirst().orElseThrow()));
        assertTrue(lines.stream().filter(SourceLine::inTable).allMatch(l -> l.cell().table() == 0));
        assertEquals("table 1 R2C3", lines.stream().filter(l -> l.text().equals("区发改局")).findFirst().orElseThrow().locator());
        assertNumbered(lines);
    }

    /** Paragraphs and tables interleaved as in the body; a header cell spanning the grid (w:gridSpan). */
    @Test
    void docxKeepsTheBodyOrderAndColumnSpans() throws IOException {
        byte[] bytes;
        try (org.apache.poi.xwpf.usermodel.XWPFDocument doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("一、重点任务");
            org.apache.poi.xwpf.usermodel.XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("2025年重点任务");
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(java.math.BigInteger.valueOf(3));
            table.getRow(0).removeCell(2);
            table.getRow(0).removeCell(1);
            table.getRow(1).getCell(0).setText("1");
            table.getRow(1).getCell(1).setText("稳就业");
            table.getRow(1).getCell(2).setText("区人社局");
            doc.createParagraph().createRun().setText("二、工作要求");
            doc.createTable(1, 1).getRow(0).getCell(0).setText("附表");
            doc.write(out);
            bytes = out.toByteArray();
        }
        List<SourceLine> lines = reader.lines(file("order.docx", bytes));
        assertEquals(List.of("一、重点任务 ¶ 1 -", "2025年重点任务 table 1 R1C1 0/0/0 1x3", "1 table 1 R2C1 0/1/0 1x1",
                "稳就业 table 1 R2C2 0/1/1 1x1", "区人社局 table 1 R2C3 0/1/2 1x1", "二、工作要求 ¶ 2 -", "附表 table 2 R1C1 1/0/0 1x1"),
                lines.stream().map(l -> l.text() + " " + l.locator() + " " + (l.cell() == null ? "-" : l.cell().table() + "/" + l.cell().row()
                        + "/" + l.cell().column() + " " + l.cell().rowSpan() + "x" + l.cell().columnSpan())).toList());
    }

    /** The .docx above saved as Word 97–2003 by LibreOffice (POI cannot write .doc tables). */
    @Test
    void docGivesTheSameParagraphsAndCellsAsTheDocx() {
        List<SourceLine> lines = reader.lines(file("notice.doc", NoticeFixture.bytes("notice-with-table.doc")));
        assertEquals(NOTICE.paragraphs, texts(lines.stream().filter(l -> !l.inTable()).toList()));
        assertEquals(NOTICE.cells, cells(lines));
        assertEquals(NOTICE.paragraphs.size(), lines.indexOf(lines.stream().filter(SourceLine::inTable).findFirst().orElseThrow()));
        assertEquals("table 1 R2C3", lines.stream().filter(l -> l.text().equals("区发改局")).findFirst().orElseThrow().locator());
        assertNumbered(lines);
    }

    @Test
    void xlsxAndXlsGiveTheSheetAsOneTableWithItsMergedCells() throws IOException {
        List<NoticeFixture.Cell> expected = new ArrayList<>();
        for (int r = 0; r < NOTICE.paragraphs.size(); r++) {
            expected.add(new NoticeFixture.Cell(r, 0, 1, NOTICE.columns, NOTICE.paragraphs.get(r)));
        }
        int top = NOTICE.workbookTableRow();
        for (NoticeFixture.Cell c : NOTICE.cells) expected.add(new NoticeFixture.Cell(c.row() + top, c.column(), c.rowSpan(), c.columnSpan(), c.text()));
        for (SourceFile file : List.of(file("notice.xlsx", NOTICE.xlsx()), file("notice.xls", NOTICE.xls()))) {
            List<SourceLine> lines = reader.lines(file);
            assertEquals(expected, cells(lines), file.name());
            assertEquals(lines.size(), cells(lines).size(), "every line of a workbook is a cell");
            SourceLine lead = lines.stream().filter(l -> l.text().equals("区发改局")).findFirst().orElseThrow();
            assertEquals("分解表!C" + (top + 2), lead.locator(), file.name());
            assertNumbered(lines);
        }
    }

    /** A ruled table: its cells from the grid the rules draw, the lead cell merged where no rule separates the rows. */
    @Test
    void pdfGivesParagraphsThenTheCellsOfTheRuledTable() throws IOException {
        List<SourceLine> lines = reader.lines(file("notice.pdf", NOTICE.pdf()));
        assertEquals(NOTICE.paragraphs, texts(lines.stream().filter(l -> !l.inTable()).toList()));
        assertEquals(NOTICE.cells, cells(lines));
        assertEquals(NOTICE.paragraphs.size(), lines.indexOf(lines.stream().filter(SourceLine::inTable).findFirst().orElseThrow()));
        assertEquals("p. 1", lines.get(0).locator());
        assertEquals("p. 1 table 1 R2C3", lines.stream().filter(l -> l.text().equals("区发改局")).findFirst().orElseThrow().locator());
        assertNumbered(lines);
    }

    /** The same table without rules: columns from the gaps all rows share; a merged cell cannot be seen, so each cell spans one row. */
    @Test
    void pdfWithoutRulesGivesTheCellsByTheirColumns() throws IOException {
        List<SourceLine> lines = reader.lines(file("notice.pdf", NOTICE.pdf(false)));
        assertEquals(NOTICE.paragraphs, texts(lines.stream().filter(l -> !l.inTable()).toList()));
        List<NoticeFixture.Cell> expected = NOTICE.cells.stream().map(c -> new NoticeFixture.Cell(c.row(), c.column(), 1, 1, c.text())).toList();
        assertEquals(expected, cells(lines));
        assertNumbered(lines);
    }

    /** Lines are numbered 1, 2, 3… and their offsets are those of the lines joined by newlines. */
    private static void assertNumbered(List<SourceLine> lines) {
        int offset = 0;
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(i + 1, lines.get(i).number());
            assertEquals(offset, lines.get(i).offset());
            offset += lines.get(i).text().length() + 1;
        }
    }

    private ExtractedDocument extract(SourceFile file) {
        return extractor.extract(file, reader.lines(file), ProblemHandler.lenient(new ProblemLog()));
    }

    /** What a notice's extraction says, in one comparable form: kind, place, year, and each task with its units. */
    private static List<String> summary(ExtractedDocument doc) {
        List<String> out = new ArrayList<>();
        out.add(doc.info().kind() + " " + (doc.info().jurisdiction() == null ? "-" : doc.info().jurisdiction().code()) + " " + doc.info().planYear());
        doc.lists().forEach(l -> l.tasks().forEach(t -> {
            out.add(l.index() + ":" + t.number() + " " + t.text());
            t.responsibilities().forEach(r -> out.add("  " + r.role() + " " + r.nameAsWritten() + " → " + r.unit().canonicalName()));
        }));
        return out;
    }

    @Test
    void wordAndExcelGiveTheSameDocumentAsTheHtml() throws IOException {
        List<String> html = summary(extract(file("notice.html", NOTICE.html.getBytes(StandardCharsets.UTF_8))));
        assertEquals(List.of("DECOMPOSITION_NOTICE 420204 2025",
                "1:1 推进长乐山工业园区建设，年内新建标准厂房10万平方米。",
                "1:2 支持骨干企业技改提能，完成技改投资20亿元。",
                "1:3 加快老旧小区改造，6月底前完成12个小区。",
                "1:4 办好十件民生实事。"), html.stream().filter(s -> !s.startsWith("  ")).toList());
        assertEquals(html, summary(extract(file("notice.docx", NOTICE.docx()))), "docx");
        assertEquals(html, summary(extract(file("notice.xlsx", NOTICE.xlsx()))), "xlsx");
        assertEquals(html, summary(extract(file("notice.xls", NOTICE.xls()))), "xls");
        assertEquals(html, summary(extract(file("notice.doc", NoticeFixture.bytes("notice-with-table.doc")))), "doc");
        // Row 2's lead is the merged cell, given once at its top-left: read from the cells' positions,
        // it counts for row 2 as well.
        assertEquals(List.of("  LEAD 区发改局 → 下陆区发改局", "  COOPERATING 区经信局 → 下陆区经信局", "  COOPERATING 区科技局 → 下陆区科技局"),
                html.subList(html.indexOf("1:2 支持骨干企业技改提能，完成技改投资20亿元。") + 1, html.indexOf("1:3 加快老旧小区改造，6月底前完成12个小区。")));
        assertTrue(html.containsAll(List.of("  LEAD 区发改局 → 下陆区发改局", "  COOPERATING 区财政局 → 下陆区财政局",
                "  LEAD 区住建局 → 下陆区住建局", "  COOPERATING 区城管局 → 下陆区城管局",
                "  LEAD 区政府办 → 下陆区政府办", "  COOPERATING 各街道办事处 → 各街道办事处")), html.toString());
    }

    @Test
    void pdfGivesTheDocumentOfTheHtml() throws IOException {
        List<String> html = summary(extract(file("notice.html", NOTICE.html.getBytes(StandardCharsets.UTF_8))));
        assertEquals(html, summary(extract(file("notice.pdf", NOTICE.pdf()))));
    }
}
