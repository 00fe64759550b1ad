package org.policykg.query;

import java.util.List;

/** RFC 4180 CSV: one record a CRLF-ended line; a cell holding a comma, quote or line break is quoted. */
public final class Csv {

    private Csv() {}

    public static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(cell(cells.get(i)));
        }
        return sb.append("\r\n").toString();
    }

    /** A cell, quoted when it holds a comma, quote or line break (the string itself when not). */
    static String cell(String s) {
        boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
