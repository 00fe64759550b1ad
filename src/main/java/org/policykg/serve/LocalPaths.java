package org.policykg.serve;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/**
 * The store IRIs a local address {@code /id/…} may stand for. IRIs keep Chinese letters as they are
 * and percent-encode the rest ({@code 各县%28市%E3%80%81区%29政府}, see {@link Iris#encode}), so a
 * decoded path is either the IRI's own text (the explorer's links encode every character of it,
 * {@code %} too) or the names it was made from (an IRI typed into an address bar, whose escapes the
 * client sends as they are), which encoded again give the IRI. The caller takes the first the store knows.
 */
final class LocalPaths {

    static final String PREFIX = "/id/";

    private LocalPaths() {}

    static List<String> candidates(String rawPath) {
        String rest = rawPath.startsWith(PREFIX) ? rawPath.substring(PREFIX.length()) : rawPath;
        LinkedHashSet<String> iris = new LinkedHashSet<>();
        String decoded = decode(rest);
        iris.add(PKG.DATA + decoded);
        iris.add(PKG.DATA + Arrays.stream(decoded.split("/", -1)).map(Iris::encode).collect(Collectors.joining("/")));
        return List.copyOf(iris);
    }

    /** Percent-decodes UTF-8 (a {@code +} stays a plus: this is a path, not a form). */
    static String decode(String s) {
        StringBuilder out = new StringBuilder();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            int b = s.charAt(i) == '%' && i + 3 <= s.length() ? hex(s, i) : -1;
            if (b >= 0) {
                bytes.write(b);
                i += 3;
                continue;
            }
            flush(bytes, out);
            out.append(s.charAt(i++));
        }
        flush(bytes, out);
        return out.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder out) {
        if (bytes.size() == 0) return;
        out.append(bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
    }

    private static int hex(String s, int at) {
        try {
            return Integer.parseInt(s.substring(at + 1, at + 3), 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
