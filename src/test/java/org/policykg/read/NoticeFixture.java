package org.policykg.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The notice of {@code notice-with-table.html} (paragraphs, then a table with a lead cell merged
 * over two rows) and the same notice written as .docx, .xlsx, .xls and PDF with POI and PDFBox.
 * In the workbooks the paragraphs come first, each a row merged across the table's width, as
 * attachments that carry their title do.
 */
final class NoticeFixture {

    /** A cell of the fixture's table at its grid position, as a reader should give it. */
    record Cell(int row, int column, int rowSpan, int columnSpan, String text) {}

    final String html;
    final List<String> paragraphs = new ArrayList<>();
    final List<Cell> cells = new ArrayList<>();
    final int rows;
    final int columns;

    NoticeFixture() {
        this(1);
    }

    /** The notice with its task rows written {@code times} times (for timing the readers on larger files). */
    NoticeFixture(int times) {
        html = times == 1 ? resource("notice-with-table.html") : repeatRows(resource("notice-with-table.html"), times);
        Document doc = Jsoup.parse(html);
        for (Element p : doc.body().select("> p")) paragraphs.add(p.text());
        List<Element> trs = doc.select("table tr");
        rows = trs.size();
        columns = trs.get(0).select("td").size();
        boolean[][] taken = new boolean[rows][columns];
        for (int r = 0; r < rows; r++) {
            int c = 0;
            for (Element td : trs.get(r).select("td")) {
                while (taken[r][c]) c++;
                int rowSpan = td.hasAttr("rowspan") ? Integer.parseInt(td.attr("rowspan")) : 1;
                for (int k = 0; k < rowSpan; k++) taken[r + k][c] = true;
                cells.add(new Cell(r, c, rowSpan, 1, td.text()));
                c++;
            }
        }
    }

    private static String repeatRows(String html, int times) {
        Document doc = Jsoup.parse(html);
        Element table = doc.selectFirst("table tbody");
        List<Element> rows = table.select("tr").subList(1, table.select("tr").size());
        for (int i = 1; i < times; i++) {
            for (Element row : rows) table.appendChild(row.clone());
        }
        return doc.outerHtml();
    }

    /** The notice as text, one paragraph or table row a line (cells separated by a tab). */
    byte[] txt() {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) sb.append(p).append('\n');
        for (int r = 0; r < rows; r++) {
            int row = r;
            sb.append(String.join("\t", cells.stream().filter(c -> c.row() == row).map(Cell::text).toList())).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            XWPFTable table = doc.createTable(rows, columns);
            for (Cell cell : cells) {
                table.getRow(cell.row).getCell(cell.column).setText(cell.text);
                for (int k = 0; k < cell.rowSpan && cell.rowSpan > 1; k++) {
                    XWPFTableCell part = table.getRow(cell.row + k).getCell(cell.column);
                    CTTcPr pr = part.getCTTc().isSetTcPr() ? part.getCTTc().getTcPr() : part.getCTTc().addNewTcPr();
                    pr.addNewVMerge().setVal(k == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                }
            }
            doc.write(out);
            return out.toByteArray();
        }
    }

    byte[] xlsx() throws IOException {
        return workbook(new XSSFWorkbook());
    }

    byte[] xls() throws IOException {
        return workbook(new HSSFWorkbook());
    }

    /** The rows of the workbooks' sheet before the table: one per paragraph. */
    int workbookTableRow() {
        return paragraphs.size();
    }

    private byte[] workbook(Workbook wb) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("分解表");
            int r = 0;
            for (String p : paragraphs) {
                sheet.createRow(r).createCell(0).setCellValue(p);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns - 1));
                r++;
            }
            int top = r;
            for (int k = 0; k < rows; k++) sheet.createRow(top + k);
            for (Cell cell : cells) {
                Row row = sheet.getRow(top + cell.row);
                if (cell.text.matches("\\d+")) row.createCell(cell.column).setCellValue(Integer.parseInt(cell.text));
                else row.createCell(cell.column).setCellValue(cell.text);
                if (cell.rowSpan > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(top + cell.row, top + cell.row + cell.rowSpan - 1, cell.column, cell.column));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static final int LINES_PER_PAGE = 24;
    /** The x of each column on a landscape A4 page, in points. */
    private static final float[] COLUMN_X = {40, 75, 430, 560};
    /** The x of the table's rules: left of each column, and the right edge. */
    private static final float[] RULE_X = {35, 70, 425, 555, 805};
    private static final float PITCH = 22;

    /** Paragraphs as lines, then the table drawn with rules as Word prints it; a merged cell's text sits in its first row. */
    byte[] pdf() throws IOException {
        return pdf(true);
    }

    /**
     * Paragraphs as lines, then the table's rows, with rules around every cell but between the rows
     * a merged cell covers when {@code ruled}, else as bare text at the columns' places.
     */
    byte[] pdf(boolean ruled) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font font = FixturePdf.font(doc);
            List<List<Cell>> lines = new ArrayList<>();
            for (String p : paragraphs) lines.add(List.of(new Cell(-1, -1, 1, 1, p)));
            for (int r = 0; r < rows; r++) {
                int row = r;
                lines.add(cells.stream().filter(c -> c.row == row).toList());
            }
            for (int first = 0; first < lines.size(); first += LINES_PER_PAGE) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    float y = page.getMediaBox().getHeight() - 50;
                    List<Integer> tableRows = new ArrayList<>();
                    float tableTop = 0;
                    for (int i = first; i < Math.min(lines.size(), first + LINES_PER_PAGE); i++) {
                        for (Cell cell : lines.get(i)) FixturePdf.show(content, font, cell.column < 0 ? 40 : COLUMN_X[cell.column], y, cell.text);
                        if (i >= paragraphs.size()) {
                            if (tableRows.isEmpty()) tableTop = y + 14;
                            tableRows.add(i - paragraphs.size());
                        }
                        y -= PITCH;
                    }
                    if (ruled && !tableRows.isEmpty()) rules(content, tableRows, tableTop);
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** The rules of the table's rows on one page: no rule across a column where a merged cell goes on. */
    private void rules(PDPageContentStream content, List<Integer> tableRows, float top) throws IOException {
        float y = top;
        for (int row : tableRows) {
            for (int c = 0; c < columns; c++) {
                if (row == tableRows.get(0) || !mergedOver(row, c)) line(content, RULE_X[c], y, RULE_X[c + 1], y);
            }
            y -= PITCH;
        }
        line(content, RULE_X[0], y, RULE_X[columns], y);
        for (float x : RULE_X) line(content, x, top, x, y);
    }

    /** Whether a cell of an earlier row spans down into this row at this column. */
    private boolean mergedOver(int row, int column) {
        return cells.stream().anyMatch(c -> c.column == column && c.row < row && c.row + c.rowSpan > row);
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }


    static String resource(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    static byte[] bytes(String name) {
        try (InputStream in = NoticeFixture.class.getResourceAsStream("/read/" + name)) {
            if (in == null) throw new IllegalStateException("test resource missing: " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
