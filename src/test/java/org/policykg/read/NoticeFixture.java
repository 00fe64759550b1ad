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
        html = resource("notice-with-table.html");
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

    /** The x of each column on a landscape A4 page, in points. */
    private static final float[] COLUMN_X = {40, 75, 430, 560};

    /** Paragraphs as lines, then the table's rows; a merged cell's text sits in its first row. */
    byte[] pdf() throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            PDType0Font font;
            try (InputStream in = NoticeFixture.class.getResourceAsStream("/read/fixture-font.ttf")) {
                font = PDType0Font.load(doc, in);
            }
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - 50;
                for (String p : paragraphs) {
                    show(content, font, 40, y, p);
                    y -= 22;
                }
                for (int r = 0; r < rows; r++) {
                    for (Cell cell : cells) {
                        if (cell.row == r) show(content, font, COLUMN_X[cell.column], y, cell.text);
                    }
                    y -= 22;
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void show(PDPageContentStream content, PDType0Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    static String resource(String name) {
        try (InputStream in = NoticeFixture.class.getResourceAsStream("/read/" + name)) {
            if (in == null) throw new IllegalStateException("test resource missing: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
