package org.policykg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines a PDF wrapped back into the paragraphs they were typeset from, as a reader does: a
 * line that runs to the right edge of the text goes on in the next line when that line starts at the
 * left edge, close below it, and does not open an item of its own (1. / (一) / 一、). Without this a
 * unit wrapped at the edge (省国 | 税局) is read as two units, and an item's clause as two lines.
 * Within a page; {@link PdfLines} carries a paragraph over a page break.
 */
final class PdfParagraphs {

    /** A line whose right end is within this many font sizes of the text's right edge filled its width. */
    private static final float FULL_EMS = 1.5f;
    /** A line starting within this many font sizes of the text's left edge starts there (not indented). */
    private static final float FLUSH_EMS = 0.5f;
    /** A paragraph's first line is indented by two characters at most, a right-aligned date far more. */
    private static final float INDENT_EMS = 3f;
    /**
     * A page wraps its text when this many lines end at its right edge; where fewer do (lines set one
     * by one, a page of short lines) the longest line is no sign of wrapping.
     */
    private static final int MIN_FULL_LINES = 3;
    /** The next line of the same paragraph: its top at most this many font sizes below the line's. */
    private static final float NEXT_LINE_EMS = 2.2f;
    /** What opens an item (1. 2、 (一) (1) 一、 第三条 ① ●), which starts a paragraph wherever it stands. */
    private static final Pattern OPENS_ITEM = Pattern.compile(
            "^([0-9０-９]{1,3}[.．、)）](?![0-9０-９])|[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
                    + "|第[一二三四五六七八九十百0-9]{1,4}[条章节项部分]|[①-⑳●■◆•])");

    /**
     * The text's edges on a page: the leftmost start and the rightmost end of its lines of text, and
     * whether the page wraps its text at that right edge.
     */
    record Edges(float left, float right, boolean wraps) {

        static Edges of(List<PdfBlock> blocks) {
            float left = Float.MAX_VALUE;
            float right = 0;
            for (PdfBlock b : blocks) {
                if (!(b instanceof PdfBlock.Text t) || t.text().isBlank()) continue;
                left = Math.min(left, t.left());
                right = Math.max(right, t.right());
            }
            int full = 0;
            for (PdfBlock b : blocks) {
                if (b instanceof PdfBlock.Text t && !t.text().isBlank() && t.right() >= right - FULL_EMS * t.em()) full++;
            }
            return new Edges(left, right, full >= MIN_FULL_LINES);
        }

        /**
         * Whether {@code next} goes on from {@code line}: the page wraps, the line is full and starts at
         * most a paragraph's indent in, and the next one, in the same font size, starts flush and not as an item.
         */
        boolean continues(PdfBlock.Text line, PdfBlock.Text next) {
            return wraps && Math.abs(line.em() - next.em()) <= 0.2f * line.em()
                    && line.right() >= right - FULL_EMS * line.em()
                    && line.left() <= left + INDENT_EMS * line.em()
                    && next.left() <= left + FLUSH_EMS * next.em()
                    && !OPENS_ITEM.matcher(next.text().strip()).find();
        }
    }

    private PdfParagraphs() {}

    /** The page's blocks with each run of wrapped lines joined into one text block. */
    static List<PdfBlock> join(List<PdfBlock> blocks, Edges edges) {
        List<PdfBlock> out = new ArrayList<>();
        float lastTop = Float.NaN;
        for (PdfBlock b : blocks) {
            int last = out.size() - 1;
            if (b instanceof PdfBlock.Text next && last >= 0 && out.get(last) instanceof PdfBlock.Text line
                    && next.top() - lastTop <= NEXT_LINE_EMS * line.em() && edges.continues(line, next)) {
                out.set(last, joined(line, next));
            } else {
                out.add(b);
            }
            lastTop = b.top();
        }
        return out;
    }

    /** The two as one paragraph: the first's top, the second's extent (the end of the paragraph so far). */
    static PdfBlock.Text joined(PdfBlock.Text line, PdfBlock.Text next) {
        StringBuilder text = new StringBuilder(line.text());
        PdfPageLayout.join(text, next.text().strip());
        return new PdfBlock.Text(line.top(), text.toString(), next.left(), next.right(), next.em());
    }
}
