package org.policykg.segment;

import org.policykg.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.normalise.MappedText;

/**
 * A table that a web-to-text copy flattened into one cell per line (or cells between {@code |},
 * which {@link LineSplitter} puts one per line): the header cells (序号 / 工作任务 / 牵头单位 …, words
 * of the lexicon) tell what each column holds; then each row is its number and its cells, or, with
 * no number column, a numbered task cell and the cells after it. A row with more cells than columns
 * has a cell broken over lines: the surplus belongs to the first unit column. Short lines between
 * rows are section rows spanning the table.
 */
final class FlattenedTable {

    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d+)[.、]?$");
    private static final int SECTION_ROW_MAX = 40;

    private final TaskSegmenter.TableSink sink;
    private final Lexicon lexicon = Lexicon.get();
    private final List<Lexicon.Kind> headers = new ArrayList<>();
    private boolean readingHeader = true;
    private String rowNumber;
    private Line rowFirst;
    private Line rowLast;
    private final List<MappedText> cells = new ArrayList<>();

    FlattenedTable(TaskSegmenter.TableSink sink, Lexicon.Kind firstHeader) {
        this.sink = sink;
        headers.add(firstHeader);
    }

    private boolean numbered() {
        return headers.contains(Lexicon.Kind.NUMBER);
    }

    private int contentColumns() {
        return (int) headers.stream().filter(k -> k != Lexicon.Kind.NUMBER).count();
    }

    /** Takes the line if it belongs to the table; false ends the table and leaves the line to the caller. */
    boolean accept(Line line, LineKind kind) {
        String s = line.norm();
        if (readingHeader) {
            Lexicon.Kind header = lexicon.tableHeader(s);
            if (header != null) {
                headers.add(header);
                return true;
            }
            readingHeader = false;
            if (headers.size() < 2 || !headers.stream().anyMatch(Lexicon.Kind::namesUnits)) return end();
        }
        if (isBoundary(kind)) return end();
        Matcher row = ROW_NUMBER.matcher(s);
        if (numbered() && row.matches()) {
            closeRow();
            startRow(row.group(1), line);
            return true;
        }
        Matcher task = Patterns.TASK.matcher(s);
        if (!numbered() && kind == LineKind.TASK && task.matches()) {
            closeRow();
            startRow(null, line);
            cells.add(line.text());
            return true;
        }
        boolean beforeFirstRow = rowFirst == null;
        if (beforeFirstRow || isHeadingKind(kind)) {
            if (!isHeadingKind(kind) && !(beforeFirstRow && isShortText(kind, s))) return end();
            closeRow();
            sink.sectionRow(line);
            return true;
        }
        cells.add(line.text());
        rowLast = line;
        return true;
    }

    private static boolean isHeadingKind(LineKind kind) {
        return kind == LineKind.SECTION || kind == LineKind.SUBSECTION || kind == LineKind.DASH_HEADING;
    }

    /** Before the first row, a short line that is no sentence is a row spanning the table (经济社会发展主要预期目标分解(15项)). */
    private static boolean isShortText(LineKind kind, String s) {
        return kind == LineKind.TEXT && s.length() <= SECTION_ROW_MAX && !s.endsWith("。");
    }

    private void startRow(String number, Line line) {
        rowNumber = number;
        rowFirst = line;
        rowLast = line;
    }

    private static boolean isBoundary(LineKind kind) {
        return switch (kind) {
            case ATTACHMENT_MARK, ATTACHMENT_LIST, CHROME, TABLE_HEADER -> true;
            default -> false;
        };
    }

    private boolean end() {
        closeRow();
        sink.tableEnded();
        return false;
    }

    void closeRow() {
        if (rowFirst == null) return;
        List<Lexicon.Kind> columns = headers.stream().filter(k -> k != Lexicon.Kind.NUMBER).toList();
        sink.row(rowNumber == null ? number(rowFirst) : rowNumber, TableRow.text(rowNumber, assign(columns)), rowFirst, rowLast);
        rowNumber = null;
        rowFirst = null;
        cells.clear();
    }

    /** Cells to columns, left to right; surplus cells (a broken cell) go to the first unit column. */
    private List<TableRow.Column> assign(List<Lexicon.Kind> columns) {
        List<TableRow.Column> out = new ArrayList<>();
        for (Lexicon.Kind k : columns) out.add(new TableRow.Column(k, new ArrayList<>()));
        int surplus = cells.size() - columns.size();
        int firstUnit = firstUnitColumn(columns);
        int c = 0;
        for (int i = 0; i < cells.size(); i++) {
            out.get(Math.min(c, columns.size() - 1)).cells().add(cells.get(i));
            boolean stay = surplus > 0 && c == firstUnit;
            if (stay) surplus--;
            else c++;
        }
        return out;
    }

    private static int firstUnitColumn(List<Lexicon.Kind> columns) {
        for (int i = 0; i < columns.size(); i++) if (columns.get(i).namesUnits()) return i;
        return -1;
    }

    private static String number(Line line) {
        Matcher m = Patterns.TASK.matcher(line.norm());
        return m.matches() ? m.group(1) : "";
    }
}
