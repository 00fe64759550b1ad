package org.policykg.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Turns a web page into lines the way a reader sees it: every block element (paragraph, heading,
 * list item, table cell, div) starts a new line; scripts, styles and navigation chrome are dropped.
 * Each line carries the source line of the element it came from, so problems point into the HTML.
 * A line inside a table cell carries the cell's place ({@link TableCell}: table, row and column in
 * the grid after row and column spans are laid out, and its spans), so tables are read from their
 * cells, not from their text.
 */
public final class HtmlTextLines {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "br", "section", "article", "blockquote", "pre", "dd", "dt", "caption", "title");
    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "head", "nav");
    /** Spans beyond these are errors of the page, not tables: they are cut so a hostile page stays cheap. */
    private static final int MAX_ROW_SPAN = 10_000;
    private static final int MAX_COLUMN_SPAN = 100;

    private HtmlTextLines() {}

    public static List<SourceLine> extract(String html) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Collector collector = new Collector();
        Element title = doc.selectFirst("head > title");
        if (title != null) collector.block(title.text(), title.sourceRange().start().lineNumber());
        collector.walk(doc.body());
        collector.flush();
        return collector.lines;
    }

    private static final class Collector {
        final List<SourceLine> lines = new ArrayList<>();
        final StringBuilder current = new StringBuilder();
        int currentLine = 1;
        int offset = 0;
        int tables = 0;
        TableCell cell;

        void walk(Node node) {
            for (Node child : node.childNodes()) {
                if (child instanceof TextNode text) {
                    if (current.length() == 0) currentLine = lineOf(text);
                    current.append(text.getWholeText().replaceAll("\\s+", " "));
                } else if (child instanceof Element element) {
                    if (DROPPED.contains(element.normalName())) continue;
                    if (element.normalName().equals("table") && cell == null) {
                        flush();
                        table(element);
                        continue;
                    }
                    boolean block = BLOCKS.contains(element.normalName());
                    if (block) flush();
                    walk(element);
                    if (block) flush();
                }
            }
        }

        /** A table's rows and cells, laid out on a grid: a cell spanning rows keeps its column free below. */
        void table(Element table) {
            int index = tables++;
            List<Integer> busyUntil = new ArrayList<>();
            int row = 0;
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) continue;
                int column = 0;
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                    while (column < busyUntil.size() && busyUntil.get(column) >= row) column++;
                    int rowSpan = span(td.attr("rowspan"), MAX_ROW_SPAN);
                    int colSpan = span(td.attr("colspan"), MAX_COLUMN_SPAN);
                    for (int c = column; c < column + colSpan; c++) {
                        while (busyUntil.size() <= c) busyUntil.add(-1);
                        busyUntil.set(c, row + rowSpan - 1);
                    }
                    cell = new TableCell(index, row, column, rowSpan, colSpan);
                    flush();
                    walk(td);
                    flush();
                    cell = null;
                    column += colSpan;
                }
                row++;
            }
        }

        private static int span(String attr, int max) {
            try {
                return Math.max(1, Math.min(max, Integer.parseInt(attr.strip())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        void block(String text, int line) {
            current.append(text);
            currentLine = line;
            flush();
        }

        void flush() {
            String text = current.toString().strip();
            current.setLength(0);
            if (text.isEmpty()) return;
            lines.add(new SourceLine(Math.max(1, currentLine), offset, text, cell, null));
            offset += text.length() + 1;
        }

        private static int lineOf(Node node) {
            int line = node.sourceRange().start().lineNumber();
            return line > 0 ? line : 1;
        }
    }
}
