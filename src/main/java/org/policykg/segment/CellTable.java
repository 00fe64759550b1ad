package org.policykg.segment;

import org.policykg.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.normalise.MappedText;
import org.policykg.read.TableCell;

/**
 * A real table (lines that carry their {@link TableCell}): a header row whose cells are header
 * words of the lexicon tells what each column holds; each later row becomes a task through
 * {@link TableRow}, like a linearised table's. A cell merged over several rows (a lead spanning
 * tasks) counts for each of them; a row whose cells are one merged cell is a section row. A table
 * with no such header in its first rows lays out a page, not tasks: its lines are read as text.
 */
final class CellTable {

    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d+)[.、]?$");
    private static final int HEADER_WITHIN_ROWS = 3;

    private final TaskSegmenter.TableSink sink;
    private final Lexicon lexicon = Lexicon.get();
    private Map<Integer, Lexicon.Kind> columns;
    private int table = -1;
    private int row = -1;
    private int rowsBeforeHeader;
    private boolean plain;
    private final TreeMap<Integer, List<Line>> cells = new TreeMap<>();
    /** Cells merged downwards: column → the cell and the last row it covers. */
    private final Map<Integer, Carried> carried = new HashMap<>();

    private record Carried(Line line, int lastRow) {}

    CellTable(TaskSegmenter.TableSink sink) {
        this.sink = sink;
    }

    /** Takes a cell's line; false when its table lays out a page, and the line is to be read as text. */
    boolean accept(Line line) {
        TableCell cell = line.cell();
        if (cell.table() != table) {
            close();
            table = cell.table();
            columns = null;
            plain = false;
            rowsBeforeHeader = 0;
            carried.clear();
        }
        if (plain) return false;
        if (cell.row() != row) {
            closeRow();
            row = cell.row();
            if (plain) return false;
        }
        cells.computeIfAbsent(cell.column(), c -> new ArrayList<>()).add(line);
        if (cell.rowSpan() > 1) carried.put(cell.column(), new Carried(line, cell.row() + cell.rowSpan() - 1));
        return true;
    }

    void close() {
        closeRow();
        row = -1;
    }

    private void closeRow() {
        if (cells.isEmpty()) return;
        if (columns == null) {
            header();
        } else {
            body();
        }
        cells.clear();
    }

    /** The header row, within the first rows; rows before it (a title spanning the table) are text. */
    private void header() {
        Map<Integer, Lexicon.Kind> found = new HashMap<>();
        for (Map.Entry<Integer, List<Line>> e : cells.entrySet()) {
            Lexicon.Kind kind = lexicon.tableHeader(e.getValue().get(0).norm());
            if (kind != null) found.put(e.getKey(), kind);
        }
        carried.clear();
        if (found.size() >= 2 && found.values().stream().anyMatch(Lexicon.Kind::namesUnits)) {
            columns = found;
            return;
        }
        cells.values().stream().flatMap(List::stream).forEach(sink::plainLine);
        // A row that is one cell across the table (a sheet's title, addressee or date above the grid)
        // is text before the table; only other rows count against finding the header.
        if (!spansTheTable()) plain = ++rowsBeforeHeader >= HEADER_WITHIN_ROWS;
    }

    private boolean spansTheTable() {
        return cells.size() == 1 && cells.firstEntry().getValue().size() == 1
                && cells.firstEntry().getValue().get(0).cell().columnSpan() > 1;
    }

    private void body() {
        for (Map.Entry<Integer, Carried> c : carried.entrySet()) {
            if (c.getValue().lastRow() >= row && !cells.containsKey(c.getKey())) {
                cells.put(c.getKey(), List.of(c.getValue().line()));
            }
        }
        if (spansTheTable()) {
            sink.sectionRow(cells.firstEntry().getValue().get(0));
            return;
        }
        String number = null;
        List<TableRow.Column> out = new ArrayList<>();
        Line first = null;
        Line last = null;
        for (Map.Entry<Integer, List<Line>> e : cells.entrySet()) {
            Lexicon.Kind kind = columns.getOrDefault(e.getKey(), Lexicon.Kind.OTHER);
            List<MappedText> texts = e.getValue().stream().filter(l -> !l.isBlank()).map(Line::text).toList();
            for (Line l : e.getValue()) {
                // a cell merged down from a row above is the row's text, not where the row stands
                if (l.cell().row() != row) continue;
                if (first == null || l.number() < first.number()) first = l;
                if (last == null || l.number() >= last.number()) last = l;
            }
            if (kind == Lexicon.Kind.NUMBER) {
                Matcher m = ROW_NUMBER.matcher(texts.isEmpty() ? "" : texts.get(0).text().strip());
                if (m.matches()) number = m.group(1);
            } else {
                out.add(new TableRow.Column(kind, texts));
            }
        }
        boolean hasTask = out.stream().anyMatch(c -> c.kind() == Lexicon.Kind.TASK && !c.cells().isEmpty());
        if (!hasTask || first == null) return;
        MappedText text = TableRow.text(number, out);
        Matcher own = Patterns.TASK.matcher(text.text().strip());
        sink.row(number != null ? number : own.matches() ? own.group(1) : String.valueOf(row), text, first, last);
    }
}
