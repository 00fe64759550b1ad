package org.policykg.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Decodes a document's bytes. Order: a byte-order mark (UTF-8, UTF-16), then strict UTF-8, then
 * GB18030 (a superset of GBK and GB2312, the encodings Chinese government sites still serve).
 * Text with NUL bytes or many control characters is binary and refused.
 */
public final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    /** The decoded text, or empty with {@code why} filled in when the bytes are no text we read. */
    public Optional<String> decode(byte[] bytes, StringBuilder why) {
        if (bytes.length == 0) {
            why.append("the file is empty");
            return Optional.empty();
        }
        Optional<String> bom = decodeWithBom(bytes);
        if (bom.isPresent()) return bom;
        if (looksBinary(bytes)) {
            why.append("the file is binary, not text");
            return Optional.empty();
        }
        Optional<String> text = strict(bytes, 0, StandardCharsets.UTF_8).or(() -> strict(bytes, 0, GB18030));
        if (text.isEmpty()) why.append("the bytes are neither UTF-8 nor GB18030/GBK");
        return text;
    }

    private Optional<String> decodeWithBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return strict(b, 3, StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return strict(b, 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return strict(b, 2, StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        int n = Math.min(bytes.length, 8192);
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') control++;
        }
        return control * 20 > n;
    }

    private static Optional<String> strict(byte[] bytes, int from, Charset charset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
