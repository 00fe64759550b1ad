package org.policykg.normalise;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The form of a text used to tell whether two documents write the same task: normalised (width,
 * script, footnote markers), then without spaces and punctuation, so that 。 against . or a
 * dropped comma does not make two tasks differ.
 */
public final class MatchKey {

    private static final Pattern NOT_CONTENT = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final TextNormaliser NORMALISER = new TextNormaliser();

    private MatchKey() {}

    public static String of(String text) {
        return NOT_CONTENT.matcher(NORMALISER.normalise(text).text()).replaceAll("");
    }

    /** A short stable digest of the key, for IRIs: the same task text gives the same IRI. */
    public static String digest(String text) {
        return rawDigest(of(text));
    }

    /** A short stable digest of a string as it is. */
    public static String rawDigest(String s) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
