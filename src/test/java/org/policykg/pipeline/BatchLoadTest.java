package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;
import org.policykg.extract.CorpusMetadata;
import org.policykg.problem.ProblemLog;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.rdf.UnitIriRegistry;
import org.policykg.store.StampedGraph;
import org.policykg.store.Tdb2Store;

/**
 * The load path for large inputs: documents prepared in parallel, written many per transaction,
 * with the text index in step, and a document that fails inside a batch costing only itself.
 */
class BatchLoadTest {

    private static final Path FIXTURES = Path.of("src/test/resources/store");
    private static final List<String> NAMES = List.of("a-city.txt", "b-district.txt", "c-city.txt", "d-district.txt", "e-city.txt");

    /** Five small notices (the two store fixtures, each under several names: each name is its own document). */
    private static Path inputs(Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        for (String name : NAMES) {
            String fixture = name.contains("city") ? "city-notice.txt" : "district-notice.txt";
            Files.copy(FIXTURES.resolve(fixture), input.resolve(name));
        }
        return input;
    }

    private static BuildSummary build(Path input, Tdb2Store store, ProblemLog log, BuildOptions options,
                                      UnaryOperator<StampedGraph> content) {
        return new BuildPipeline(SeedStore.GAZETTEER, CorpusMetadata.none(), content)
                .build(List.of(input), store, log, options, line -> {}, Progress.NONE, new BuildState());
    }

    /** Writes the graph of {@code name} only half-way: its quads run out with an error, as no check foresaw. */
    private static UnaryOperator<StampedGraph> failing(String name) {
        return g -> !g.graph().equals(Iris.document(name)) ? g : new StampedGraph(g.graph(), new AbstractList<>() {
            @Override
            public Quad get(int i) {
                if (i >= 5) throw new IllegalStateException("the disk said no to quad " + i);
                return g.quads().get(i);
            }

            @Override
            public int size() {
                return g.quads().size();
            }
        }, g.stamp());
    }

    /** The store's quads by graph, without what differs between two builds of one text (times and stamps). */
    private static Map<String, Set<String>> data(Tdb2Store store) {
        Map<String, Set<String>> graphs = new TreeMap<>();
        store.dataset().executeRead(() -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            String line = NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject());
            // blank nodes (the ontology's unions, the unit IRI registry's entries) are labelled anew in each store:
            // the graphs that hold them are compared by isomorphism instead
            boolean blank = q.getSubject().isBlank() || q.getObject().isBlank();
            if (!blank && !line.contains("generatedAtTime") && !line.contains("#indexStamp>") && !line.contains("#linkedCorpus>")) {
                graphs.computeIfAbsent(q.getGraph().getURI(), g -> new TreeSet<>()).add(line);
            }
        }));
        return graphs;
    }

    private static void assertBlankNodeGraphsIsomorphic(Tdb2Store expected, Tdb2Store actual) {
        for (String graph : List.of(PKG.ONTOLOGY_GRAPH, UnitIriRegistry.GRAPH, UnitIriRegistry.REDIRECTS)) {
            assertTrue(copy(expected, graph).isIsomorphicWith(copy(actual, graph)), graph);
        }
    }

    private static Graph copy(Tdb2Store store, String graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        store.dataset().executeRead(() -> store.dataset().getNamedModel(graph).getGraph().find().forEachRemaining(t -> {
            String p = t.getPredicate().getURI();
            if (!p.endsWith("generatedAtTime") && !p.endsWith("#indexStamp") && !p.endsWith("#linkedCorpus")) copy.add(t);
        }));
        return copy;
    }

    private static void assertIndexInStep(Tdb2Store store) {
        for (String graph : store.graphNames(Iris.document(""))) assertTrue(store.textIndexAgrees(graph), graph);
    }

    @Test
    void batchesPreparedInParallelStoreWhatOneDocumentPerTransactionStores(@TempDir Path dir) throws IOException {
        Path input = inputs(dir);
        BuildOptions oneByOne = BuildOptions.defaults().threads(1).batchQuads(1); // every document a batch of its own
        BuildOptions batched = BuildOptions.defaults().threads(3);
        try (Tdb2Store plain = Tdb2Store.open(dir.resolve("plain"));
             Tdb2Store batchedStore = Tdb2Store.open(dir.resolve("batched"))) {
            assertEquals(5, build(input, plain, new ProblemLog(), oneByOne, UnaryOperator.identity()).built());
            BuildSummary summary = build(input, batchedStore, new ProblemLog(), batched, UnaryOperator.identity());
            assertEquals(5, summary.built());
            assertEquals(0, summary.failed());
            Map<String, Set<String>> expected = data(plain);
            assertEquals(5, expected.keySet().stream().filter(g -> g.startsWith(Iris.document(""))).count(), expected.keySet().toString());
            assertEquals(expected, data(batchedStore));
            assertBlankNodeGraphsIsomorphic(plain, batchedStore);
            assertIndexInStep(batchedStore);
            List<String> found = StoreUpkeepTest.search(batchedStore, "充电桩");
            assertEquals(StoreUpkeepTest.search(plain, "充电桩"), found);
            assertEquals(5, found.size(), found.toString()); // one task in each notice
        }
    }

    @Test
    void aNewDocumentFailingInsideABatchLeavesNoTraceAndTheOthersAreStored(@TempDir Path dir) throws IOException {
        Path input = inputs(dir);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            ProblemLog log = new ProblemLog();
            BuildSummary summary = build(input, store, log, BuildOptions.defaults().threads(2), failing("c-city.txt"));
            assertEquals(4, summary.built());
            assertEquals(1, summary.failed());
            assertEquals(1, log.all().size(), log.all().toString());
            assertTrue(log.all().get(0).toString().contains("c-city.txt: error: could not be built: the disk said no to quad 5"),
                    log.all().get(0).toString());
            List<String> documents = store.graphNames(Iris.document(""));
            assertFalse(documents.contains(Iris.document("c-city.txt")), documents.toString());
            assertEquals(4, documents.size(), documents.toString());
            assertEquals(Set.of(), data(store).getOrDefault(Iris.document("c-city.txt"), Set.of()));
            assertIndexInStep(store);
            assertEquals(4, StoreUpkeepTest.search(store, "充电桩").size()); // one task in each notice but c-city's
        }
    }

    @Test
    void aDocumentFailingInsideABatchKeepsItsPreviousGraphAndTheBatchGoesThrough(@TempDir Path dir) throws IOException {
        Path input = inputs(dir);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            build(input, store, new ProblemLog(), BuildOptions.defaults(), UnaryOperator.identity());
            Map<String, Set<String>> before = data(store);
            for (String name : List.of("a-city.txt", "c-city.txt", "e-city.txt")) {
                Path file = input.resolve(name);
                Files.writeString(file, Files.readString(file).replace("充电桩8000根", "充电桩9000根"));
            }
            ProblemLog log = new ProblemLog();
            BuildSummary summary = build(input, store, log, BuildOptions.defaults().threads(2), failing("c-city.txt"));
            Map<String, Set<String>> after = data(store);

            assertEquals(2, summary.built());
            assertEquals(2, summary.unchanged());
            assertEquals(1, summary.failed());
            assertTrue(log.all().get(0).toString().contains("c-city.txt: error: could not be built"), log.all().toString());
            String failed = Iris.document("c-city.txt");
            assertEquals(before.get(failed), after.get(failed));
            for (String name : List.of("a-city.txt", "e-city.txt")) {
                String graph = Iris.document(name);
                assertNotEquals(before.get(graph), after.get(graph));
                assertTrue(after.get(graph).stream().anyMatch(l -> l.contains("充电桩9000根")), graph);
            }
            assertIndexInStep(store);
            assertEquals(List.of("建成集中式充电站20个、充电桩8000根,完善新能源汽车配套设施。",
                    "建成集中式充电站20个、充电桩9000根,完善新能源汽车配套设施。",
                    "建成集中式充电站20个、充电桩9000根,完善新能源汽车配套设施。",
                    "建成集中式充电站3个、充电桩900根,完善新能源汽车配套设施。",
                    "建成集中式充电站3个、充电桩900根,完善新能源汽车配套设施。"), StoreUpkeepTest.search(store, "充电桩"));
        }
    }

    /** Records each batch written: its documents and quads. */
    private static final class Batches implements Progress {
        final List<Integer> documents = new java.util.ArrayList<>();
        final List<Long> quads = new java.util.ArrayList<>();

        @Override public void stage(String name) {}
        @Override public void document(int n, int total, Path path) {}
        @Override public void written(int documents, long quads, long nanos) {
            this.documents.add(documents);
            this.quads.add(quads);
        }
        @Override public void done() {}
    }

    private static Batches load(Path input, Path store, BuildOptions options) {
        Batches batches = new Batches();
        try (Tdb2Store kg = Tdb2Store.open(store)) {
            new BuildPipeline(SeedStore.GAZETTEER, CorpusMetadata.none(), UnaryOperator.identity())
                    .build(List.of(input), kg, new ProblemLog(), options, line -> {}, batches, new BuildState());
            assertEquals(5, kg.graphNames(Iris.document("")).size());
            assertIndexInStep(kg);
            assertEquals(5, StoreUpkeepTest.search(kg, "充电桩").size()); // one task in each notice
        }
        return batches;
    }

    @Test
    void theWriterStartsWithAsManyDocumentsAsAreExtractedAtOnceAndDoublesThem(@TempDir Path dir) throws IOException {
        Path input = inputs(dir);
        Batches batches = load(input, dir.resolve("store"), BuildOptions.defaults().threads(1));
        assertEquals(List.of(1, 2, 2), batches.documents); // 1, then 2, then at most 4: the 2 left
    }

    @Test
    void aBatchEndsWhenItsDocumentsReachTheQuadBudget(@TempDir Path dir) throws IOException {
        Path input = inputs(dir);
        // every document alone (a document over the budget is a batch of its own): each one's quads
        Batches alone = load(input, dir.resolve("alone"), BuildOptions.defaults().threads(2).batchQuads(1));
        assertEquals(List.of(1, 1, 1, 1, 1), alone.documents);
        long city = alone.quads.get(0);
        long district = alone.quads.get(1);
        assertEquals(List.of(city, district, city, district, city), alone.quads);
        assertTrue(city > 100 && district > 100 && city != district, alone.quads.toString());

        // the first batch is 2 documents (2 threads), the next may double to 4, but the budget ends it at 2
        Batches atBudget = load(input, dir.resolve("at"), BuildOptions.defaults().threads(2).batchQuads((int) (city + district)));
        assertEquals(List.of(2, 2, 1), atBudget.documents);
        assertEquals(List.of(city + district, city + district, city), atBudget.quads);
        // one quad more and the second batch takes the fifth document too
        Batches over = load(input, dir.resolve("over"), BuildOptions.defaults().threads(2).batchQuads((int) (city + district + 1)));
        assertEquals(List.of(2, 3), over.documents);
        assertEquals(List.of(city + district, city + district + city), over.quads);
    }

    @Test
    void optionsRefuseNoThreadsAndEmptyBatches() {
        assertThrows(IllegalArgumentException.class, () -> BuildOptions.defaults().threads(0));
        assertThrows(IllegalArgumentException.class, () -> BuildOptions.defaults().batchQuads(0));
        assertEquals(BuildOptions.DEFAULT_BATCH_QUADS, BuildOptions.defaults().batchQuads());
    }
}
