package org.policykg.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * The main text of a .doc (Word 97–2003) in reading order: paragraphs as lines ("¶ n", with the
 * labels of Word's automatic numbering, as in {@link WordNumbering}), tables as
 * cells. The binary format has no column grid: columns are the distinct left edges of the cells of
 * the table, and a cell spans the columns its width covers; vertically merged cells are given once.
 */
final class WordBinaryLines {

    private final LineCollector out = new LineCollector();
    /** Paragraphs counted so far in each list (by its list format override) and level, for the labels. */
    private final Map<Integer, int[]> listCounts = new HashMap<>();
    private int paragraphs;
    private int tables;

    static List<SourceLine> read(HWPFDocument doc) {
        WordBinaryLines reader = new WordBinaryLines();
        Range range = doc.getRange();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                reader.table(table);
                i += Math.max(0, table.numParagraphs() - 1);
            } else {
                reader.paragraphs++;
                reader.out.text(reader.label(p) + plain(p.text()), "¶ " + reader.paragraphs);
            }
        }
        return reader.out.lines();
    }

    /** The label Word draws before a numbered paragraph ("一、", "1."), which is not in its text. */
    private String label(Paragraph p) {
        if (!p.isInList()) return "";
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException e) {
            return ""; // a list reference the file does not resolve: the text without its label
        }
        int level = Math.max(0, Math.min(8, p.getIlvl()));
        int[] count = listCounts.computeIfAbsent(p.getIlfo(), k -> new int[9]);
        count[level]++;
        for (int deeper = level + 1; deeper < 9; deeper++) count[deeper] = 0;
        if (WordNumbering.formatOfNfc(list.getNumberFormat((char) level)).equals("bullet")) return "";
        String pattern = list.getNumberText((char) level);
        StringBuilder label = new StringBuilder();
        for (char c : pattern == null ? new char[0] : pattern.toCharArray()) {
            if (c < 9) {
                int n = list.getStartAt(c) + Math.max(1, count[c]) - 1;
                label.append(WordNumbering.write(n, WordNumbering.formatOfNfc(list.getNumberFormat(c))));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    private void table(Table table) {
        int index = tables++;
        List<Integer> edges = new ArrayList<>(columnEdges(table));
        List<int[]> open = new ArrayList<>(); // row, column, rowSpan, columnSpan, text index
        List<String> texts = new ArrayList<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            int rowIndex = r;
            for (int c = 0; c < row.numCells(); c++) {
                org.apache.poi.hwpf.usermodel.TableCell cell = row.getCell(c);
                int column = edges.indexOf(cell.getLeftEdge());
                if (cell.isMerged() && !cell.isFirstMerged()) continue;
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    open.stream().filter(o -> o[1] == column && o[0] + o[2] == rowIndex).findFirst().ifPresent(o -> o[2]++);
                    continue;
                }
                int span = spanned(edges, cell.getLeftEdge(), cell.getLeftEdge() + cell.getWidth());
                open.add(new int[] {r, column, 1, span, texts.size()});
                texts.add(plain(cell.text()));
            }
        }
        for (int[] o : open) {
            out.cell(texts.get(o[4]), new TableCell(index, o[0], o[1], o[2], o[3]),
                    "table " + (index + 1) + " R" + (o[0] + 1) + "C" + (o[1] + 1));
        }
    }

    private static TreeSet<Integer> columnEdges(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) edges.add(row.getCell(c).getLeftEdge());
        }
        return edges;
    }

    private static int spanned(List<Integer> edges, int left, int right) {
        int n = 0;
        for (int edge : edges) if (edge >= left && edge < right) n++;
        return Math.max(1, n);
    }

    /** Word's marks out of the text: field codes, cell and row ends, page breaks; line breaks kept. */
    private static String plain(String text) {
        return Range.stripFields(text).replace('\u000b', '\n').replaceAll("[\\u0007\\u000c\\u0001\\u0008\\u0013\\u0014\\u0015]", "").replace('\r', '\n');
    }
}
