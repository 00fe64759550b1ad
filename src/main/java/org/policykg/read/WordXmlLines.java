package org.policykg.read;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The body of a .docx in reading order: each paragraph a line ("¶ n", with the label Word numbers it
 * with, see {@link WordNumbering}), each table cell a line with
 * its {@link TableCell}. Columns are counted in the table grid (w:gridSpan); a vertically merged
 * cell (w:vMerge) is given once, at its first row, with the rows it spans.
 */
final class WordXmlLines {

    private final LineCollector out = new LineCollector();
    private final WordNumbering numbering;
    private int paragraphs;
    private int tables;

    private WordXmlLines(WordNumbering numbering) {
        this.numbering = numbering;
    }

    static List<SourceLine> read(XWPFDocument doc) {
        WordXmlLines reader = new WordXmlLines(new WordNumbering(doc.getNumbering()));
        reader.body(doc.getBodyElements());
        return reader.out.lines();
    }

    private void body(List<IBodyElement> elements) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph p) {
                paragraphs++;
                out.text(numbering.label(p) + p.getText(), "¶ " + paragraphs);
            } else if (element instanceof XWPFTable t) {
                table(t);
            } else if (element instanceof XWPFSDT sdt) {
                paragraphs++;
                out.text(sdt.getContent().getText(), "¶ " + paragraphs);
            }
        }
    }

    private void table(XWPFTable table) {
        int index = tables++;
        List<Pending> cells = new ArrayList<>();
        List<XWPFTableRow> rows = table.getRows();
        for (int r = 0; r < rows.size(); r++) {
            int column = 0;
            for (XWPFTableCell cell : rows.get(r).getTableCells()) {
                int span = gridSpan(cell);
                if (continuesMerge(cell)) {
                    extendAbove(cells, r, column);
                } else {
                    cells.add(new Pending(r, column, span, cell.getTextRecursively()));
                }
                column += span;
            }
        }
        for (Pending p : cells) {
            out.cell(p.text, new TableCell(index, p.row, p.column, p.rowSpan, p.columnSpan),
                    "table " + (index + 1) + " R" + (p.row + 1) + "C" + (p.column + 1));
        }
    }

    /** A vMerge continuation adds a row to the cell above that starts in the same grid column. */
    private static void extendAbove(List<Pending> cells, int row, int column) {
        for (int i = cells.size() - 1; i >= 0; i--) {
            Pending p = cells.get(i);
            if (p.column == column && p.row + p.rowSpan == row) {
                p.rowSpan++;
                return;
            }
        }
    }

    private static int gridSpan(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetGridSpan()) return 1;
        BigInteger span = pr.getGridSpan().getVal();
        return span == null ? 1 : Math.max(1, span.intValue());
    }

    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) return false;
        STMerge.Enum value = pr.getVMerge().getVal();
        return value == null || value == STMerge.CONTINUE;
    }

    /** A cell whose row span is known only when the rows below have been read. */
    private static final class Pending {
        final int row;
        final int column;
        final int columnSpan;
        final String text;
        int rowSpan = 1;

        Pending(int row, int column, int columnSpan, String text) {
            this.row = row;
            this.column = column;
            this.columnSpan = columnSpan;
            this.text = text;
        }
    }
}
