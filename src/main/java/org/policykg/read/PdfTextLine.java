package org.policykg.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A line of a PDF page as PDFBox's text stripper gives it: its glyphs left to right, with their words. */
record PdfTextLine(List<PdfGlyph> glyphs) {

    PdfTextLine {
        glyphs = glyphs.stream().sorted(Comparator.comparingDouble(PdfGlyph::x)).toList();
    }

    float top() {
        return (float) glyphs.stream().mapToDouble(g -> g.baseline() - g.em()).min().orElse(0);
    }

    float left() {
        return glyphs.isEmpty() ? 0 : glyphs.get(0).x();
    }

    float right() {
        return (float) glyphs.stream().mapToDouble(PdfGlyph::right).max().orElse(0);
    }

    float em() {
        return (float) glyphs.stream().mapToDouble(PdfGlyph::em).max().orElse(1);
    }

    /**
     * Where the stripper starts a new word with no space drawn, a gap at least this many font sizes
     * wide is a space all the same (words placed apart); a narrower one is none: the stripper cuts
     * words where the script changes (增长|11%), and Word and LibreOffice set a quarter-em or less
     * between Chinese and Latin text (确定的 2009年) that the text does not have.
     */
    private static final float SPACE_EMS = 0.45f;

    /** The text, with a space where the page draws one, or between words it places a space apart. */
    String text() {
        return text(glyphs);
    }

    static String text(List<PdfGlyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        PdfGlyph previous = null;
        for (PdfGlyph g : glyphs) {
            boolean apart = previous != null && (g.spaceBefore()
                    || g.word() != previous.word() && g.x() - previous.right() >= SPACE_EMS * Math.min(g.em(), previous.em()));
            if (apart && !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            sb.append(g.text());
            previous = g;
        }
        return sb.toString().strip();
    }

    /**
     * The line cut where the gap between two glyphs is wider than {@code gapEms} times the font
     * size: the pieces a table without rules lays out in its columns.
     */
    List<List<PdfGlyph>> chunks(float gapEms) {
        List<List<PdfGlyph>> out = new ArrayList<>();
        List<PdfGlyph> current = new ArrayList<>();
        for (PdfGlyph g : glyphs) {
            if (!current.isEmpty() && g.x() - current.get(current.size() - 1).right() > gapEms * Math.max(g.em(), current.get(0).em())) {
                out.add(current);
                current = new ArrayList<>();
            }
            current.add(g);
        }
        if (!current.isEmpty()) out.add(current);
        return out;
    }
}
