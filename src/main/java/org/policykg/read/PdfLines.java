package org.policykg.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The text layer of a PDF, page by page, in reading order: lines of text ("p. 3") and tables as
 * cells with their {@link TableCell} ("p. 3 table 1 R2C3"), read from the page's geometry by
 * {@link PdfPageLayout}. A table that runs on to the next page (same columns, nothing but a page
 * number or running head between) stays one table, its repeated header row dropped.
 */
final class PdfLines {

    /** Lines at most this long between a table's parts on two pages are page furniture (page numbers). */
    private static final int FURNITURE_CHARS = 12;
    /** Column edges within this many points are the same columns. */
    private static final float SAME_COLUMN = 6f;

    private final LineCollector out = new LineCollector();
    private int tables;
    /** The table the previous page ended with, while nothing but furniture came after it. */
    private OpenTable open;

    /** A block of the page and where it is ("p. 3"). */
    private record Placed(PdfBlock block, String locator) {}

    /**
     * The paragraph the previous page ended with, while it may go on on this page (it fills the width
     * and nothing but furniture follows it), and that furniture.
     */
    private Placed carried;
    private List<Placed> carriedTail = List.of();
    /** The previous page's edges, for a page too short to show whether it wraps. */
    private PdfParagraphs.Edges previousEdges;

    private static final class OpenTable {
        final int index;
        final float[] columns;
        final List<String> header;
        int rows;

        OpenTable(int index, float[] columns, List<String> header) {
            this.index = index;
            this.columns = columns;
            this.header = header;
        }
    }

    private PdfLines() {}

    static List<SourceLine> read(SourceFile file) {
        try (PDDocument doc = Loader.loadPDF(file.bytes())) {
            PdfLines reader = new PdfLines();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) reader.page(doc, page);
            reader.flush();
            List<SourceLine> lines = reader.out.lines();
            if (lines.isEmpty()) throw noText(file, doc);
            return lines;
        } catch (InvalidPasswordException e) {
            throw Rejection.of(file, "the PDF is encrypted with a password",
                    "give a copy without a password: print it to PDF or save it unprotected");
        } catch (IOException e) {
            throw Rejection.damaged(file, "PDF", e);
        }
    }

    private void page(PDDocument doc, int number) throws IOException {
        PDPage page = doc.getPage(number - 1);
        List<PdfTextLine> lines = PdfPageText.of(doc, number);
        // A rotated page's rules and text are in different coordinates: its lines are read as text.
        List<PdfRulings.Rule> rules = page.getRotation() == 0 ? PdfRulings.of(page) : List.of();
        List<PdfBlock> laidOut = PdfPageLayout.blocks(lines, rules);
        PdfParagraphs.Edges edges = PdfParagraphs.Edges.of(laidOut, previousEdges);
        previousEdges = edges;
        String locator = "p. " + number;
        List<Placed> blocks = new ArrayList<>();
        for (PdfBlock b : PdfParagraphs.join(laidOut, edges)) blocks.add(new Placed(b, locator));
        blocks = carryOn(blocks, edges);
        int last = lastSubstantial(blocks);
        if (last >= 0 && blocks.get(last).block() instanceof PdfBlock.Text text && edges.ends(text)) {
            carried = blocks.get(last);
            carriedTail = List.copyOf(blocks.subList(last + 1, blocks.size()));
            blocks = blocks.subList(0, last);
        }
        emit(blocks);
    }

    /**
     * The page's blocks, the previous page's last paragraph first: joined with this page's first
     * paragraph where that goes on from it, the furniture between (page number, running head) after.
     */
    private List<Placed> carryOn(List<Placed> blocks, PdfParagraphs.Edges edges) {
        if (carried == null) return blocks;
        List<Placed> out = new ArrayList<>();
        int first = firstSubstantial(blocks);
        PdfBlock.Text line = (PdfBlock.Text) carried.block();
        if (first >= 0 && blocks.get(first).block() instanceof PdfBlock.Text next && PdfParagraphs.Edges.starts(edges, line, next)) {
            out.add(new Placed(PdfParagraphs.joined(line, next), carried.locator()));
            out.addAll(carriedTail);
            out.addAll(blocks.subList(0, first));
            out.addAll(blocks.subList(first + 1, blocks.size()));
        } else {
            out.add(carried);
            out.addAll(carriedTail);
            out.addAll(blocks);
        }
        carried = null;
        return out;
    }

    /** The last page's held paragraph, with its furniture. */
    private void flush() {
        if (carried == null) return;
        List<Placed> rest = new ArrayList<>();
        rest.add(carried);
        rest.addAll(carriedTail);
        carried = null;
        emit(rest);
    }

    private static int firstSubstantial(List<Placed> blocks) {
        for (int i = 0; i < blocks.size(); i++) if (substantial(blocks.get(i).block())) return i;
        return -1;
    }

    private static int lastSubstantial(List<Placed> blocks) {
        for (int i = blocks.size() - 1; i >= 0; i--) if (substantial(blocks.get(i).block())) return i;
        return -1;
    }

    /** A table, or text longer than page furniture (a page number, a running head). */
    private static boolean substantial(PdfBlock block) {
        return !(block instanceof PdfBlock.Text text) || text.text().strip().length() > FURNITURE_CHARS;
    }

    private void emit(List<Placed> blocks) {
        boolean startOfPage = true;
        for (Placed placed : blocks) {
            if (placed.block() instanceof PdfBlock.Text text) {
                out.text(text.text(), placed.locator());
                if (substantial(text)) open = null;
                if (!text.text().isBlank()) startOfPage = startOfPage && !substantial(text);
            } else if (placed.block() instanceof PdfBlock.Table table) {
                table(table, startOfPage, placed.locator());
                startOfPage = false;
            }
        }
    }

    private void table(PdfBlock.Table table, boolean startOfPage, String locator) {
        List<PdfBlock.Cell> cells = table.cells();
        if (startOfPage && open != null && sameColumns(open.columns, table.columns())) {
            if (!cells.isEmpty() && rowTexts(cells, cells.get(0).row()).equals(open.header)) {
                int first = cells.get(0).row();
                cells = cells.stream().filter(c -> c.row() != first).map(c -> new PdfBlock.Cell(c.row() - 1, c.column(), c.rowSpan(), c.columnSpan(), c.text())).toList();
            }
        } else {
            open = new OpenTable(tables++, table.columns(), cells.isEmpty() ? List.of() : rowTexts(cells, cells.get(0).row()));
        }
        int rowsBefore = open.rows;
        for (PdfBlock.Cell c : cells) {
            int row = rowsBefore + c.row();
            out.cell(c.text(), new TableCell(open.index, row, c.column(), c.rowSpan(), c.columnSpan()),
                    locator + " table " + (open.index + 1) + " R" + (row + 1) + "C" + (c.column() + 1));
            open.rows = Math.max(open.rows, row + c.rowSpan());
        }
    }

    private static List<String> rowTexts(List<PdfBlock.Cell> cells, int row) {
        return cells.stream().filter(c -> c.row() == row).map(PdfBlock.Cell::text).toList();
    }

    private static boolean sameColumns(float[] a, float[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > SAME_COLUMN) return false;
        return true;
    }

    private static RuntimeException noText(SourceFile file, PDDocument doc) {
        if (hasImages(doc)) {
            return Rejection.of(file, "scanned PDF: no text layer; OCR is not supported",
                    "give the notice's text instead: its web page, a Word file or a PDF with text; or run OCR on it first");
        }
        return Rejection.of(file, "the PDF has no text", "give the text or web page of the notice");
    }

    /** A page that draws images (or forms holding them) but has no text is a scan. */
    private static boolean hasImages(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (resources != null && resources.getXObjectNames().iterator().hasNext()) return true;
        }
        return false;
    }
}
