package org.policykg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of a workbook (.xlsx or .xls), sheet by sheet, row by row: each filled cell a line
 * ("Sheet1!B4") with its {@link TableCell}; each sheet is one table, its rows and columns counted
 * from the first filled row and column. A merged region is given once, at its top-left cell, with
 * its spans. Values are shown as Excel shows them; formulas give their last computed value.
 */
final class WorkbookLines {

    private final DataFormatter formatter = new DataFormatter();
    private final LineCollector out = new LineCollector();
    private final SourceFile file;
    private final int maxCells;
    private int cells;

    private WorkbookLines(SourceFile file, int maxCells) {
        this.file = file;
        this.maxCells = maxCells;
        formatter.setUseCachedValuesForFormulaCells(true);
    }

    static List<SourceLine> read(Workbook workbook, SourceFile file, ReadLimits limits) {
        WorkbookLines reader = new WorkbookLines(file, limits.maxCells());
        int table = 0;
        for (Sheet sheet : workbook) {
            if (workbook.isSheetHidden(workbook.getSheetIndex(sheet)) || workbook.isSheetVeryHidden(workbook.getSheetIndex(sheet))) continue;
            if (reader.sheet(sheet, table)) table++;
        }
        return reader.out.lines();
    }

    /** @return whether the sheet had any filled cell */
    private boolean sheet(Sheet sheet, int table) {
        Map<Long, CellRangeAddress> merged = new HashMap<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            merged.put(key(region.getFirstRow(), region.getFirstColumn()), region);
        }
        List<Cell> filled = new ArrayList<>();
        int firstRow = Integer.MAX_VALUE;
        int firstColumn = Integer.MAX_VALUE;
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (formatter.formatCellValue(cell).isBlank() || coveredByMerge(merged, cell)) continue;
                if (++cells > maxCells) {
                    throw Rejection.of(file, "the workbook has more than " + maxCells + " filled cells",
                            "split it into smaller workbooks, or keep only the sheets of the task table");
                }
                filled.add(cell);
                firstRow = Math.min(firstRow, cell.getRowIndex());
                firstColumn = Math.min(firstColumn, cell.getColumnIndex());
            }
        }
        for (Cell cell : filled) {
            CellRangeAddress region = merged.get(key(cell.getRowIndex(), cell.getColumnIndex()));
            int rowSpan = region == null ? 1 : region.getLastRow() - region.getFirstRow() + 1;
            int columnSpan = region == null ? 1 : region.getLastColumn() - region.getFirstColumn() + 1;
            TableCell position = new TableCell(table, cell.getRowIndex() - firstRow, cell.getColumnIndex() - firstColumn, rowSpan, columnSpan);
            String locator = sheet.getSheetName() + "!" + new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString(false);
            out.cell(formatter.formatCellValue(cell), position, locator);
        }
        return !filled.isEmpty();
    }

    /** A cell inside a merged region other than its top-left one: Excel shows nothing there. */
    private static boolean coveredByMerge(Map<Long, CellRangeAddress> merged, Cell cell) {
        if (merged.isEmpty() || merged.containsKey(key(cell.getRowIndex(), cell.getColumnIndex()))) return false;
        for (CellRangeAddress region : merged.values()) {
            if (region.isInRange(cell)) return true;
        }
        return false;
    }

    private static long key(int row, int column) {
        return ((long) row << 20) | column;
    }
}
