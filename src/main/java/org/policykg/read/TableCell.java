package org.policykg.read;

/**
 * Where a line sits in a table when the format has real tables (HTML, Word, Excel): which table of
 * the document, which row and column (0-based, in the grid after merged cells are expanded), and
 * how many rows and columns the cell spans. A merged cell is given once, at its top-left position,
 * with its spans; the segmenter reads tables from these cells, not from linearised text.
 */
public record TableCell(int table, int row, int column, int rowSpan, int columnSpan) {

    public TableCell {
        if (table < 0 || row < 0 || column < 0 || rowSpan < 1 || columnSpan < 1) {
            throw new IllegalArgumentException("bad table cell position: " + table + "/" + row + "/" + column + " span " + rowSpan + "x" + columnSpan);
        }
    }
}
