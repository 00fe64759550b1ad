package org.policykg.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Tells a page's tables from its text. A table drawn with rules is read on its grid
 * ({@link PdfGrid}): every glyph goes to the cell under it, so a cell's wrapped lines join and a
 * merged cell is one cell with its spans. Text lines outside the rules are text, unless several of
 * them in a row are cut into pieces by wide gaps at the same places: a table without rules
 * ({@link PdfColumns}).
 */
final class PdfPageLayout {

    private PdfPageLayout() {}

    static List<PdfBlock> blocks(List<PdfTextLine> lines, List<PdfRulings.Rule> rules) {
        List<PdfGrid> grids = PdfGrid.of(rules);
        Map<PdfGrid, List<PdfGlyph>> inGrid = new LinkedHashMap<>();
        grids.forEach(g -> inGrid.put(g, new ArrayList<>()));
        List<PdfTextLine> outside = new ArrayList<>();
        for (PdfTextLine line : lines) {
            List<PdfGlyph> rest = new ArrayList<>();
            for (PdfGlyph glyph : line.glyphs()) {
                PdfGrid grid = grids.stream().filter(g -> g.locate(glyph.centreX(), glyph.centreY()) != null).findFirst().orElse(null);
                if (grid == null) rest.add(glyph);
                else inGrid.get(grid).add(glyph);
            }
            if (!rest.isEmpty()) outside.add(new PdfTextLine(rest));
        }
        List<PdfBlock> blocks = new ArrayList<>(PdfColumns.blocks(outside));
        inGrid.forEach((grid, glyphs) -> {
            if (!glyphs.isEmpty()) blocks.add(table(grid, glyphs));
        });
        blocks.sort(Comparator.comparingDouble(PdfBlock::top));
        return blocks;
    }

    private static PdfBlock.Table table(PdfGrid grid, List<PdfGlyph> glyphs) {
        Map<Integer, List<PdfGlyph>> byCell = new TreeMap<>();
        for (PdfGlyph g : glyphs) {
            int[] at = grid.locate(g.centreX(), g.centreY());
            byCell.computeIfAbsent(at[0] * grid.columns() + at[1], k -> new ArrayList<>()).add(g);
        }
        List<PdfBlock.Cell> cells = new ArrayList<>();
        byCell.forEach((id, cellGlyphs) -> {
            int row = id / grid.columns();
            int column = id % grid.columns();
            int[] span = grid.span(row, column);
            cells.add(new PdfBlock.Cell(row, column, span[0], span[1], cellText(cellGlyphs)));
        });
        float[] columns = Arrays.copyOf(grid.xs, grid.columns());
        return new PdfBlock.Table(grid.top(), columns, cells);
    }

    /** A cell's glyphs as text: its lines top to bottom, joined without a space where Chinese meets Chinese. */
    static String cellText(List<PdfGlyph> glyphs) {
        List<PdfGlyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(PdfGlyph::baseline));
        StringBuilder out = new StringBuilder();
        List<PdfGlyph> line = new ArrayList<>();
        for (PdfGlyph g : sorted) {
            if (!line.isEmpty() && g.baseline() - line.get(0).baseline() > line.get(0).em() / 2) {
                join(out, new PdfTextLine(line).text());
                line = new ArrayList<>();
            }
            line.add(g);
        }
        if (!line.isEmpty()) join(out, new PdfTextLine(line).text());
        return out.toString();
    }

    static void join(StringBuilder out, String next) {
        if (next.isEmpty()) return;
        if (!out.isEmpty() && !(wide(out.charAt(out.length() - 1)) || wide(next.charAt(0)))) out.append(' ');
        out.append(next);
    }

    /** A Chinese character or full-width punctuation: lines wrapped there join with no space. */
    private static boolean wide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
    }
}
