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

    /** The text, with a space between the stripper's words. */
    String text() {
        return text(glyphs);
    }

    static String text(List<PdfGlyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        int word = Integer.MIN_VALUE;
        for (PdfGlyph g : glyphs) {
            if (word != Integer.MIN_VALUE && g.word() != word && !sb.isEmpty() && sb.charAt(sb.length() - 1) != ' ') sb.append(' ');
            sb.append(g.text());
            word = g.word();
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
