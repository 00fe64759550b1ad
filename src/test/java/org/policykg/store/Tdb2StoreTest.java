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
            assertEquals(Optional.of(new StoredVersion("old", null)), Optional.ofNullable(store.storedVersions().get(G.getURI())));
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
            assertEquals("two", store.storedVersions().get(G.getURI()).sha256());
            long count = store.dataset().calculateRead(() -> store.dataset().asDatasetGraph().stream()
                    .filter(q -> !q.getPredicate().equals(PKG.indexStamp.asNode())).count());
            assertEquals(1, count);
        }
    }

    @Test
    void aReaderWaitsForAnotherProcessToLetGo(@TempDir Path dir) throws Exception {
        Process other = holder(dir);
        try {
            long start = System.nanoTime();
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    other.getOutputStream().close();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            try (Tdb2Store store = Tdb2Store.open(dir, Tdb2Store.Mode.READ, java.time.Duration.ofSeconds(30))) {
                assertTrue(store.graphNames("").contains(G.getURI()));
            }
            assertTrue(System.nanoTime() - start > 1_000_000_000L, "opened only once the other process let go");
        } finally {
            other.destroy();
        }
    }

    /** A process that holds the store with one graph in it until its standard input closes. */
    private static Process holder(Path dir) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.replaceGraph(G.getURI(), sink -> sink.quad(quad("held")));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HoldStore.class.getName(), dir.toString())
                .redirectErrorStream(true).start();
        String first = new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine();
        assertEquals("holding", first);
        return other;
    }

    @Test
    void readCommandsNeverCreateAStore(@TempDir Path dir) {
        Path typo = dir.resolve("typo");
        StoreException e = assertThrows(StoreException.class, () -> Tdb2Store.open(typo, Tdb2Store.Mode.READ));
        assertEquals("no store at " + typo + ": run 'policykg build' first (or give the store with --store DIR)", e.getMessage());
        assertTrue(!java.nio.file.Files.exists(typo));
        assertThrows(StoreException.class, () -> Tdb2Store.open(dir, Tdb2Store.Mode.WRITE), "an empty folder is not a store");
    }

    @Test
    void aStoreOnAReadOnlyFolderIsReadFromACopy(@TempDir Path dir) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.replaceGraph(G.getURI(), sink -> sink.quad(quad("kept")));
        }
        java.nio.file.Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(java.nio.file.Files.isWritable(dir),
                    "running as root, who may write any folder: a read-only store cannot be made here");
            try (Tdb2Store store = Tdb2Store.open(dir, Tdb2Store.Mode.READ)) {
                assertTrue(store.readOnly());
                assertEquals("kept", store.storedVersions().get(G.getURI()).sha256());
            }
        } finally {
            java.nio.file.Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFullDiskIsOneLineAndTheStoreKeepsItsData(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            store.replaceGraph(G.getURI(), sink -> sink.quad(quad("old")));
            StoreWriteException full = assertThrows(StoreWriteException.class, () -> store.replaceGraph(G.getURI(), sink -> {
                sink.quad(quad("new"));
                throw new java.io.UncheckedIOException(new java.io.IOException("No space left on device"));
            }));
            assertEquals("the disk holding " + dir + " is full: the last document was not stored; the store is intact"
                    + " (free some space, then run 'policykg compact' and build again)", full.getMessage());
            // What a write to a memory-mapped file on a full disk throws.
            StoreWriteException mapped = assertThrows(StoreWriteException.class, () -> store.replaceGraph(G.getURI(), sink -> {
                throw new InternalError("a fault occurred in an unsafe memory access operation");
            }));
            assertTrue(mapped.getMessage().contains("the last document was not stored; the store is intact"), mapped.getMessage());
            assertEquals("old", store.storedVersions().get(G.getURI()).sha256());
        }
    }

    @Test
    void aStoreLockedByAnotherProcessGivesAClearMessage(@TempDir Path dir) throws Exception {
        Process other = holder(dir);
        try {
            StoreLockedException e = assertThrows(StoreLockedException.class,
                    () -> Tdb2Store.open(dir, Tdb2Store.Mode.READ, java.time.Duration.ofMillis(400)));
            assertTrue(e.getMessage().contains("is in use by another process (process " + other.pid()), e.getMessage());
            assertTrue(e.getMessage().contains("--store"), e.getMessage());
            assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("Exception"), e.getMessage());
        } finally {
            other.destroy();
        }
    }
}
