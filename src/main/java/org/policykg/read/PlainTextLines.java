package org.policykg.read;

import java.util.ArrayList;
import java.util.List;

/** Splits plain text into lines (LF, CRLF or CR), keeping each line's offset in the text. */
public final class PlainTextLines {

    private PlainTextLines() {}

    public static List<SourceLine> split(String text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(new SourceLine(number++, start, text.substring(start, i)));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < text.length()) lines.add(new SourceLine(number, start, text.substring(start)));
        return lines;
    }
}
