package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalPathsTest {

    @Test
    void aPlainIriIsItsDecodedPath() {
        assertEquals(List.of("https://w3id.org/policykg/id/unit/420106/建设局"),
                LocalPaths.candidates("/id/unit/420106/%E5%BB%BA%E8%AE%BE%E5%B1%80"));
    }

    @Test
    void anIriWithEscapesIsTheDecodedNamesEncodedAgain() {
        List<String> iris = LocalPaths.candidates("/id/unit/420200/%E5%90%84%E5%8E%BF%28%E5%B8%82%E3%80%81%E5%8C%BA%29%E6%94%BF%E5%BA%9C");
        assertEquals(List.of("https://w3id.org/policykg/id/unit/420200/各县(市、区)政府",
                "https://w3id.org/policykg/id/unit/420200/各县%28市、区%29政府"), iris);
    }

    @Test
    void aPlusStaysAPlusAndABrokenEscapeIsRefused() {
        assertEquals("a+b", LocalPaths.decode("a+b"));
        assertThrows(IllegalArgumentException.class, () -> LocalPaths.decode("%E5%"));
    }
}
