package org.policykg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.normalise.MappedText;

/**
 * Splits what a copy glued onto one line into the lines a reader sees: cells between {@code |}
 * (a table linearised with pipes), and tasks, headings or field labels run on after a sentence or a
 * space (a whole notice on one line; 03 writes (一)…(省发改委负责)(二)… and …协办)2.重点…).
 */
final class LineSplitter {

    /** Where a glued task, heading or field may start: after 。 ; or a closing bracket, or after a space. */
    private static final Pattern BREAK = Pattern.compile(
            "(?<=[。;)\\]】〕])\\s*(?=\\d{1,4}\\s*(?:[、。]|[.．](?!\\d))|[(〔][一二三四五六七八九十]{1,3}[)〕])"
                    + "|(?<=\\S)\\s+(?=[一二三四五六七八九十]{1,3}、\\S)"
                    + "|(?<=[^\\d\\s.])\\s+(?=\\d{1,4}(?:[、。]|[.．](?![\\d\\s])))"
                    + "|(?<=\\S)\\s+(?=" + Patterns.FIELD_LABEL.pattern() + ")");

    List<Line> split(Line line) {
        if (line.cell() != null) return List.of(line);
        List<Line> out = new ArrayList<>();
        for (Line cell : cells(line)) out.addAll(glued(cell));
        return out;
    }

    private static List<Line> cells(Line line) {
        String s = line.text().text();
        if (s.indexOf('|') < 0) return List.of(line);
        List<Line> cells = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '|') {
                if (!s.substring(start, i).isBlank()) cells.add(part(line, start, i));
                start = i + 1;
            }
        }
        return cells;
    }

    private static List<Line> glued(Line line) {
        String s = line.text().text();
        Matcher m = BREAK.matcher(s);
        List<Line> parts = new ArrayList<>();
        int start = 0;
        while (m.find()) {
            if (m.end() <= start || s.substring(start, m.start()).isBlank()) continue;
            parts.add(part(line, start, m.start()));
            start = m.end();
        }
        if (start == 0) return List.of(line);
        parts.add(part(line, start, s.length()));
        return parts;
    }

    private static Line part(Line line, int from, int to) {
        MappedText t = line.text().slice(from, to);
        return new Line(line.number(), line.offset() + line.text().originalOffset(from), t, line.cell(), line.locator());
    }
}
