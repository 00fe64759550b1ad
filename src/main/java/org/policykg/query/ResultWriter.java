package org.policykg.query;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;

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
            case TSV -> delimited(table, out, false);
            case CSV -> delimited(table, out, true);
            default -> aligned(table, out);
        }
        out.flush();
    }

    /**
     * Prints TSV or CSV row by row as the query yields them: a whole table (150,000 rows at 100
     * times the seeds) is never held. The labels are resolved once for the query's columns and each
     * cell is written straight into one buffered writer (no row table, line string or per-row lookup
     * of the header), so printing costs little beside reading the rows.
     * @param labels what the header and the cells are shown as, given the query's columns
     * @return the number of rows
     */
    public static long stream(ResultSet results, OutputFormat format, PrintStream out, Function<List<String>, ResultLabels> labels) {
        boolean csv = format == OutputFormat.CSV;
        List<String> columns = results.getResultVars();
        ResultLabels shown = labels.apply(columns);
        Var[] vars = Var.varList(columns).toArray(Var[]::new);
        Writer w = writer(out);
        try {
            writeLine(w, shown.header(), csv);
            long rows = 0;
            while (results.hasNext()) {
                Binding binding = results.nextBinding();
                for (int i = 0; i < vars.length; i++) {
                    if (i > 0) w.write(csv ? ',' : '\t');
                    writeCell(w, shown.cell(i, ResultTable.text(binding.get(vars[i]))), csv);
                }
                w.write(csv ? "\r\n" : "\n");
                rows++;
            }
            w.flush();
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeLine(Writer w, List<String> cells, boolean csv) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) w.write(csv ? ',' : '\t');
            writeCell(w, cells.get(i), csv);
        }
        w.write(csv ? "\r\n" : "\n");
    }

    private static void writeCell(Writer w, String s, boolean csv) throws IOException {
        w.write(csv ? Csv.cell(s) : tsvCell(s));
    }

    private static void delimited(ResultTable table, PrintStream out, boolean csv) {
        Writer w = writer(out);
        try {
            writeLine(w, table.columns(), csv);
            for (List<String> row : table.rows()) writeLine(w, row, csv);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** UTF-8 in large blocks; flushed, never closed (the stream is the caller's). */
    private static Writer writer(PrintStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** A TSV cell: backslash, tab and line breaks escaped (the string itself when it has none). */
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
