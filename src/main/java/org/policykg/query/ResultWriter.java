package org.policykg.query;

import java.io.BufferedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.apache.jena.query.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link ResultTable}: an aligned table that counts Chinese characters as two columns,
 * or CSV (RFC 4180), TSV (one row a line, tabs and breaks escaped) for spreadsheets and diff.
 * JSON goes through Jena's SPARQL results writer instead (see {@link QueryRunner}).
 */
public final class ResultWriter {

    private static final int MAX_CELL_WIDTH = 60;

    private ResultWriter() {}

    public static void write(ResultTable table, OutputFormat format, PrintStream out) {
        switch (format) {
            case TSV -> delimited(table, out, '\t');
            case CSV -> delimited(table, out, ',');
            default -> aligned(table, out);
        }
        out.flush();
    }

    /**
     * Prints TSV or CSV row by row as the query yields them: a whole table (150,000 rows at 100
     * times the seeds) is never held, and the output is written in large blocks, not flushed per row.
     * @param present what a row and the header are shown as (the user's language for CSV)
     * @return the number of rows
     */
    public static long stream(ResultSet results, OutputFormat format, PrintStream out, UnaryOperator<ResultTable> present) {
        char separator = format == OutputFormat.CSV ? ',' : '\t';
        List<String> columns = results.getResultVars();
        PrintStream buffered = new PrintStream(new BufferedOutputStream(out, 1 << 16), false, StandardCharsets.UTF_8);
        buffered.print(line(present.apply(new ResultTable(columns, List.of())).columns(), separator));
        long rows = 0;
        while (results.hasNext()) {
            List<String> row = ResultTable.row(results.next(), columns);
            buffered.print(line(present.apply(new ResultTable(columns, List.of(row))).rows().get(0), separator));
            rows++;
        }
        buffered.flush();
        return rows;
    }

    private static void delimited(ResultTable table, PrintStream out, char separator) {
        out.print(line(table.columns(), separator));
        for (List<String> row : table.rows()) out.print(line(row, separator));
    }

    private static String line(List<String> cells, char separator) {
        if (separator == ',') return Csv.row(cells);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(separator);
            sb.append(tsvCell(cells.get(i)));
        }
        return sb.append("\n").toString();
    }

    private static String tsvCell(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static void aligned(ResultTable table, PrintStream out) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.columns());
        for (List<String> row : table.rows()) rows.add(row.stream().map(ResultWriter::shorten).toList());
        int[] widths = new int[table.columns().size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) widths[i] = Math.max(widths[i], DisplayWidth.of(row.get(i)));
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(alignedLine(rows.get(r), widths));
            if (r == 0) out.println(rule(widths));
        }
        out.println("(" + table.rows().size() + (table.rows().size() == 1 ? " row)" : " rows)"));
    }

    private static String alignedLine(List<String> row, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < row.size(); i++) {
            if (i > 0) sb.append(" │ ");
            sb.append(i == row.size() - 1 ? row.get(i) : DisplayWidth.pad(row.get(i), widths[i]));
        }
        return sb.toString().stripTrailing();
    }

    private static String rule(int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            if (i > 0) sb.append("─┼─");
            sb.append("─".repeat(widths[i]));
        }
        return sb.toString();
    }

    /** Long cells (task texts) are cut for the table; csv, tsv and json carry them whole. */
    private static String shorten(String s) {
        String flat = s.replace('\n', ' ');
        if (DisplayWidth.of(flat) <= MAX_CELL_WIDTH) return flat;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < flat.length() && DisplayWidth.of(sb.toString()) < MAX_CELL_WIDTH - 1; ) {
            int cp = flat.codePointAt(i);
            sb.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        return sb.append('…').toString();
    }
}
