package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.PKG;

class Tdb2StoreTest {

    private static final Node G = NodeFactory.createURI("https://example.org/g");
    /** Documents describe themselves in their own graph: subject and graph are one IRI. */
    private static final Node S = G;

    private static Quad quad(String value) {
        return Quad.create(G, S, PKG.sha256.asNode(), NodeFactory.createLiteralString(value));
    }

    @Test
    void aWriterThatFailsLeavesThePreviousGraph(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.replaceGraph(G.getURI(), sink -> sink.quad(quad("old")));
            assertThrows(IllegalStateException.class, () -> store.replaceGraph(G.getURI(), sink -> {
                sink.quad(quad("new"));
                throw new IllegalStateException("mapping failed half-way");
            }));
            assertEquals(Optional.of(new StoredVersion("old", null)), store.storedVersion(G.getURI()));
        }
    }

    @Test
    void replacingAGraphDropsItsOldStatements(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            // A decimal in non-canonical form is the case TDB2's deleteAny misses.
            Quad decimal = Quad.create(G, S, PKG.upperValue.asNode(),
                    NodeFactory.createLiteralDT("61", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal));
            store.replaceGraph(G.getURI(), sink -> {
                sink.quad(quad("one"));
                sink.quad(decimal);
            });
            store.replaceGraph(G.getURI(), sink -> sink.quad(quad("two")));
            assertEquals("two", store.storedVersion(G.getURI()).orElseThrow().sha256());
            long count = store.dataset().calculateRead(() -> store.dataset().asDatasetGraph().stream().count());
            assertEquals(1, count);
        }
    }

    @Test
    void aStoreLockedByAnotherProcessGivesAClearMessage(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        try {
            String first = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine();
            assertEquals("holding", first);
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> Tdb2Store.open(dir));
            assertTrue(e.getMessage().contains("in use by another process"), e.getMessage());
            assertTrue(e.getMessage().contains("--store"), e.getMessage());
        } finally {
            other.destroy();
        }
    }
}
