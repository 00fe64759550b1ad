package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.irix.IRIx;
import org.junit.jupiter.api.Test;

class IrisTest {

    @Test
    void aSegmentKeepsChineseAndEscapesAsciiDelimiters() {
        assertEquals("各县%28市、区%29政府", Iris.encode("各县(市、区)政府"));
        assertEquals("a%20b%2Fc%3Ad%3F%23%25", Iris.encode("a b/c:d?#%"));
        assertEquals("001_1ee4ff36028791ed.txt", Iris.encode("001_1ee4ff36028791ed.txt"));
    }

    @Test
    void whatAnIriForbidsIsEscapedToo() {
        assertEquals("a%01b%7F", Iris.encode("a\u0001b\u007F"));
        assertEquals("x%EE%80%80", Iris.encode("x\uE000"));
        String iri = PKG.DATA + "unit/420106/" + Iris.encode("市“擦亮”办\u0001\uFFFE(一)");
        assertEquals(PKG.DATA + "unit/420106/市“擦亮”办%01%EF%BF%BE%28一%29", iri);
        assertDoesNotThrow(() -> IRIx.create(iri));
    }
}
