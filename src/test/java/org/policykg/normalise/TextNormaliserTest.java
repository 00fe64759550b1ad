package org.policykg.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void foldsFullWidthFormsAndSpaces() {
        MappedText t = normaliser.normalise("（一）２０２５年，６．５％\u3000左右\u00A0；");
        assertEquals("(一)2025年,6.5% 左右 ;", t.text());
    }

    @Test
    void keepsCircledNumbersAndAngleBrackets() {
        assertEquals("①〈市级牵头单位〉", normaliser.normalise("①〈市级牵头单位〉").text());
    }

    @Test
    void mapsTraditionalToSimplifiedOneForOne() {
        MappedText t = normaliser.normalise("牽頭單位:市發改委");
        assertEquals("牵头单位:市发改委", t.text());
        assertEquals("市發改委", t.originalSlice(5, 9));
    }

    @Test
    void dropsFootnoteMarkersInsideProseAndKeepsOffsets() {
        MappedText t = normaliser.normalise("加快建设[14]综合保税区");
        assertEquals("加快建设综合保税区", t.text());
        assertEquals("综合保税区", t.originalSlice(4, 9));
        assertEquals(8, t.originalOffset(4));
        assertEquals("[1]推进", normaliser.normalise("[1]推进").text(), "a marker that starts the line may be a number");
    }

    @Test
    void joinKeepsEachPartsOffsets() {
        MappedText joined = MappedText.join(java.util.List.of(normaliser.normalise("１．推进"), normaliser.normalise("牵头单位：市住建局")), "\n");
        assertEquals("1.推进\n牵头单位:市住建局", joined.text());
        assertEquals("市住建局", joined.originalSlice(10, 14));
        assertEquals("１．推进\n牵头单位：市住建局", joined.original());
    }
}
