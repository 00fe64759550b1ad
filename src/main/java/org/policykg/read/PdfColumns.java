package org.policykg.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables drawn without rules: consecutive lines that wide gaps cut into pieces. The columns are
 * where the lines' glyphs fall, the gaps between them being empty in every line of the run, so a
 * header centred over its column is in the column. A line with nothing in the first column
 * continues the row above (a cell's text wrapped onto the next line). Other lines are text.
 * Without rules a merged cell cannot be told from an empty one: it is the cell of its first row.
 */
final class PdfColumns {

    /**
     * A gap this many font sizes wide separates columns: wider than a full-width space (序　号),
     * words and justified text being far closer.
     */
    static final float GAP_EMS = 1.2f;
    /** Fewer lines cut into pieces than this are a signature line or a date, not a table. */
    private static final int MIN_ROWS = 3;

    private PdfColumns() {}

    static List<PdfBlock> blocks(List<PdfTextLine> lines) {
        List<PdfBlock> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int end = runEnd(lines, i);
            PdfBlock.Table table = end > i ? table(lines.subList(i, end)) : null;
            if (table != null) {
                out.add(table);
                i = end;
            } else {
                out.add(new PdfBlock.Text(lines.get(i)));
                i++;
            }
        }
        return out;
    }

    /** The end of the run of table lines starting at {@code start}: cut lines, and the wrapped lines between them. */
    private static int runEnd(List<PdfTextLine> lines, int start) {
        if (lines.get(start).chunks(GAP_EMS).size() < 2) return start;
        float left = lines.get(start).left();
        int cut = 0;
        int end = start;
        for (int i = start; i < lines.size(); i++) {
            PdfTextLine line = lines.get(i);
            boolean isCut = line.chunks(GAP_EMS).size() >= 2;
            boolean wrapped = !isCut && i > start && line.left() > left + line.em() && close(lines.get(i - 1), line);
            if (!isCut && !wrapped) break;
            if (isCut) cut++;
            left = Math.min(left, line.left());
            end = i + 1;
        }
        return cut >= MIN_ROWS ? end : start;
    }

    /** Whether a line follows the one above at no more than two lines' distance (not across a blank stretch). */
    private static boolean close(PdfTextLine above, PdfTextLine line) {
        return line.top() - above.top() <= 2.5f * Math.max(above.em(), line.em());
    }

    /** The run as a table, or null when its pieces do not fall into two or more columns. */
    private static PdfBlock.Table table(List<PdfTextLine> run) {
        List<float[]> columns = columns(run);
        if (columns.size() < 2) return null;
        List<List<StringBuilder>> rows = new ArrayList<>();
        List<List<List<PdfGlyph>>> rowGlyphs = new ArrayList<>();
        for (PdfTextLine line : run) {
            List<List<PdfGlyph>> byColumn = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) byColumn.add(new ArrayList<>());
            for (PdfGlyph g : line.glyphs()) byColumn.get(column(columns, g)).add(g);
            if (rowGlyphs.isEmpty() || !byColumn.get(0).isEmpty()) {
                rowGlyphs.add(byColumn);
            } else {
                List<List<PdfGlyph>> last = rowGlyphs.get(rowGlyphs.size() - 1);
                for (int c = 0; c < columns.size(); c++) last.get(c).addAll(byColumn.get(c));
            }
        }
        List<PdfBlock.Cell> cells = new ArrayList<>();
        for (int r = 0; r < rowGlyphs.size(); r++) {
            for (int c = 0; c < columns.size(); c++) {
                List<PdfGlyph> glyphs = rowGlyphs.get(r).get(c);
                if (!glyphs.isEmpty()) cells.add(new PdfBlock.Cell(r, c, 1, 1, PdfPageLayout.cellText(glyphs)));
            }
        }
        float[] lefts = new float[columns.size()];
        for (int c = 0; c < lefts.length; c++) lefts[c] = columns.get(c)[0];
        return new PdfBlock.Table(run.get(0).top(), lefts, cells);
    }

    /** The x ranges the run's glyphs cover, ranges closer than the column gap joined. */
    private static List<float[]> columns(List<PdfTextLine> run) {
        List<PdfGlyph> all = run.stream().flatMap(l -> l.glyphs().stream()).sorted((a, b) -> Float.compare(a.x(), b.x())).toList();
        List<float[]> ranges = new ArrayList<>();
        for (PdfGlyph g : all) {
            float[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && g.x() - last[1] <= GAP_EMS * g.em()) last[1] = Math.max(last[1], g.right());
            else ranges.add(new float[] {g.x(), g.right()});
        }
        return ranges;
    }

    private static int column(List<float[]> columns, PdfGlyph g) {
        for (int c = columns.size() - 1; c > 0; c--) if (g.x() >= columns.get(c)[0] - 0.5f) return c;
        return 0;
    }
}
