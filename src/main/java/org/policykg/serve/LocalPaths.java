package org.policykg.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/**
 * The store IRIs a local address {@code /id/…} may stand for. IRIs keep Chinese letters as they are
 * and percent-encode ASCII delimiters ({@code 各县%28市、区%29政府}, see {@link Iris#encode}). A
 * client sends such an IRI's escapes as they are and escapes its Chinese (the explorer's links do
 * the same: Jetty refuses {@code %25} in a path), so the decoded path is the names the IRI was made
 * from, which encoded again give the IRI; the decoded path itself comes first, for IRIs without
 * escapes. The caller takes the first the store knows.
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

    /** Percent-decodes UTF-8; a {@code +} stays a plus (this is a path, not a form). */
    static String decode(String s) {
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the address " + s + " has a broken %-escape");
        }
    }
}
