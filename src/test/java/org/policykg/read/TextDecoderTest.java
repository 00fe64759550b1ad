package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String TEXT = "1.新增停车泊位1万个以上。[牵头单位:市住建局;配合单位:各县(市、区)政府]";
    private final TextDecoder decoder = new TextDecoder();

    private Optional<String> decode(byte[] bytes) {
        return decoder.decode(bytes, new StringBuilder());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8WithAndWithoutBom() {
        assertEquals(Optional.of(TEXT), decode(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(TEXT), decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void gb18030AndGbk() {
        assertEquals(Optional.of(TEXT), decode(TEXT.getBytes(Charset.forName("GB18030"))));
        assertEquals(Optional.of(TEXT), decode(TEXT.getBytes(Charset.forName("GBK"))));
    }

    @Test
    void utf16WithBom() {
        assertEquals(Optional.of(TEXT), decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(Optional.of(TEXT), decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void emptyAndBinaryAreRefusedWithAReason() {
        StringBuilder why = new StringBuilder();
        assertTrue(decoder.decode(new byte[0], why).isEmpty());
        assertEquals("the file is empty", why.toString());
        why.setLength(0);
        assertTrue(decoder.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}, why).isEmpty());
        assertEquals("the file is binary, not text", why.toString());
    }
}
