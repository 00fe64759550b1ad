package org.policykg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines a PDF wrapped back into the paragraphs they were typeset from, as a reader does: a
 * line that runs to the right edge of the text goes on in the next line when that line starts at the
 * left edge, close below it, and does not open an item of its own (1. / (一) / 一、). Without this a
 * unit wrapped at the edge (省国 | 税局) is read as two units, and an item's clause as two lines.
 * Within a page here; {@link PdfLines} carries a paragraph over a page break with {@link Edges#ends}
 * and {@link Edges#starts}.
 */
final class PdfParagraphs {

    /** A line whose right end is within this many font sizes of the text's right edge, short of it or past it, fills its width. */
    private static final float FULL_EMS = 1.5f;
    /**
     * Lines narrower than this many font sizes are no text column: a list of names one a line, or a
     * table's cells one a line (a page of running text is 25 to 45 characters wide).
     */
    private static final float MIN_COLUMN_EMS = 18f;
    /** A line starting within this many font sizes of the text's left edge starts there (not indented). */
    private static final float FLUSH_EMS = 0.5f;
    /** A paragraph's first line is indented by two characters at most, a right-aligned date far more. */
    private static final float INDENT_EMS = 3f;
    /**
     * A page wraps its text when this many lines end at its right edge; where fewer do (lines set one
     * by one, a page of short lines) two lines ending together by chance are no sign of wrapping.
     */
    private static final int MIN_FULL_LINES = 3;
    /**
     * The next line of the same paragraph: its top at most this many times the page's usual line pitch
     * below the line's (official documents set a fixed pitch, 28–31 pt for 14–16 pt type), a blank line
     * between paragraphs being twice the pitch.
     */
    private static final float NEXT_LINE_PITCHES = 1.5f;
    /** Where a page has too few lines to tell its pitch: this many font sizes. */
    private static final float NEXT_LINE_EMS = 2.2f;
    /**
     * What opens an item (1. 2、 (一) (1) 一、 第三条 ① ●), or a line that is a number alone (a table's
     * 序号 cell), which starts a paragraph wherever it stands.
     */
    private static final Pattern OPENS_ITEM = Pattern.compile(
            "^([0-9０-９]{1,3}$|[0-9０-９]{1,3}[.．、)）](?![0-9０-９])|[(（][0-9０-９一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]"
                    + "|第[一二三四五六七八九十百0-9]{1,4}[条章节项部分]|[①-⑳●■◆•])");

    /**
     * The text's edges on a page: the leftmost start of its lines and the right end most of them
     * reach, and whether the page wraps its text at that right edge.
     */
    record Edges(float left, float right, boolean wraps, float pitch) {

        /**
         * The page's edges; {@code before}, the previous page's (or null), lends its wrapping to a page
         * too short to show its own (the last lines of a paragraph on the last page) when they end alike.
         */
        static Edges of(List<PdfBlock> blocks, Edges before) {
            float left = Float.MAX_VALUE;
            List<PdfBlock.Text> texts = new ArrayList<>();
            for (PdfBlock b : blocks) {
                if (!(b instanceof PdfBlock.Text t) || t.text().isBlank()) continue;
                left = Math.min(left, t.left());
                texts.add(t);
            }
            // The right edge is where most long lines end, not the rightmost end: a page number or a
            // date set right of the text would otherwise hide it. Ends within a font size are one edge.
            float right = 0;
            int most = 0;
            for (PdfBlock.Text t : texts) {
                if (t.right() - left < MIN_COLUMN_EMS * t.em()) continue;
                int ending = 0;
                float end = t.right();
                for (PdfBlock.Text u : texts) {
                    if (Math.abs(u.right() - t.right()) > t.em()) continue;
                    ending++;
                    end = Math.max(end, u.right());
                }
                if (ending > most || ending == most && end > right) {
                    most = ending;
                    right = end;
                }
            }
            int full = 0;
            for (PdfBlock.Text t : texts) if (right > 0 && atEdge(t, right)) full++;
            boolean wraps = full >= MIN_FULL_LINES
                    || before != null && before.wraps && !texts.isEmpty() && Math.abs(before.right - right) <= texts.get(0).em();
            return new Edges(left, right, wraps, pitch(blocks));
        }

        /** The median distance from one line of text to the next, NaN where fewer than two are measured. */
        private static float pitch(List<PdfBlock> blocks) {
            List<Float> gaps = new ArrayList<>();
            float previous = Float.NaN;
            for (PdfBlock b : blocks) {
                if (!(b instanceof PdfBlock.Text)) {
                    previous = Float.NaN;
                    continue;
                }
                if (b.top() > previous) gaps.add(b.top() - previous);
                previous = b.top();
            }
            if (gaps.size() < 2) return Float.NaN;
            gaps.sort(null);
            return gaps.get(gaps.size() / 2);
        }

        /** Whether {@code next} (its top {@code drop} below the line's) is close enough below to go on from it. */
        boolean close(PdfBlock.Text line, float drop) {
            return drop <= (Float.isNaN(pitch) ? NEXT_LINE_EMS * line.em() : NEXT_LINE_PITCHES * pitch);
        }

        /**
         * Whether {@code next} goes on from {@code line}: the page wraps, the line is full and starts at
         * most a paragraph's indent in, and the next one, in the same font size, starts flush and not as an item.
         */
        boolean continues(PdfBlock.Text line, PdfBlock.Text next) {
            return ends(line) && starts(this, line, next);
        }

        /** Whether the line may go on in a next line: the page wraps and the line fills its width from at most an indent in. */
        boolean ends(PdfBlock.Text line) {
            return wraps && atEdge(line, right) && line.left() <= left + INDENT_EMS * line.em();
        }

        /**
         * Whether the line ends at the edge: within {@link #FULL_EMS} of it, short of it or past it (a
         * full-width mark hung in the margin, ，。, is a font size past it).
         */
        private static boolean atEdge(PdfBlock.Text line, float right) {
            return Math.abs(line.right() - right) <= FULL_EMS * line.em();
        }

        /** Whether {@code next}, on a page of these edges, can go on from {@code line}: same size, flush left, no item. */
        static boolean starts(Edges nextEdges, PdfBlock.Text line, PdfBlock.Text next) {
            return Math.abs(line.em() - next.em()) <= 0.2f * line.em()
                    && next.left() <= nextEdges.left + FLUSH_EMS * next.em()
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
                    && edges.close(line, next.top() - lastTop) && edges.continues(line, next)) {
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
