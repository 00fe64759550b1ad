package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;
import org.policykg.problem.ProblemLog;
import org.policykg.rdf.Iris;
import org.policykg.store.Tdb2Store;

/** Rebuilding is idempotent; a changed document replaces exactly its own graph; a broken one keeps its old graph. */
class BuildPipelineTest {

    private static final String DOC_003 = "003_345fd75f9cf043fb.txt";

    private final BuildPipeline pipeline = new BuildPipeline(SeedStore.GAZETTEER);


    /** Every quad of the store, as N-Quads lines grouped by graph. */
    private static Map<String, Set<String>> snapshot(Tdb2Store store) {
        Map<String, Set<String>> graphs = new TreeMap<>();
        store.dataset().executeRead(() -> store.dataset().asDatasetGraph().find().forEachRemaining(q ->
                graphs.computeIfAbsent(q.getGraph().getURI(), g -> new TreeSet<>()).add(line(q))));
        return graphs;
    }

    private static String line(Quad q) {
        return NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " " + NodeFmtLib.strNT(q.getObject());
    }

    /** A graph's statements without the store's bookkeeping: the stamps that change with any document. */
    private static Set<String> data(Set<String> lines) {
        Set<String> data = new TreeSet<>(lines);
        data.removeIf(l -> l.contains("#indexStamp>") || l.contains("#linkedCorpus>"));
        return data;
    }

    private BuildSummary build(Path input, Tdb2Store store, ProblemLog log) {
        return pipeline.build(List.of(input), store, log, false, line -> {});
    }

    @Test
    void buildingTheSameInputTwiceChangesNothing(@TempDir Path dir) throws IOException {
        Path seeds = SeedStore.copySeeds(dir);
        try (Tdb2Store store = Tdb2Store.open(SeedStore.copy(dir.resolve("store")))) {
            Map<String, Set<String>> before = snapshot(store);
            StoreCounts counts = StoreCounts.of(store.dataset());
            BuildSummary second = build(seeds, store, new ProblemLog());
            assertEquals(0, second.built());
            assertEquals(5, second.unchanged());
            assertEquals(before, snapshot(store));
            assertEquals(counts, second.store());
        }
    }

    @Test
    void anEditedDocumentReplacesOnlyItsOwnGraph(@TempDir Path dir) throws IOException {
        Path seeds = SeedStore.copySeeds(dir);
        try (Tdb2Store store = Tdb2Store.open(SeedStore.copy(dir.resolve("store")))) {
            Map<String, Set<String>> before = snapshot(store);
            Path doc = seeds.resolve(DOC_003);
            Files.writeString(doc, Files.readString(doc).replace("(牵头单位:区委政法委;", "(牵头单位:区司法局;"));
            BuildSummary summary = build(seeds, store, new ProblemLog());
            Map<String, Set<String>> after = snapshot(store);

            assertEquals(1, summary.built());
            assertEquals(4, summary.unchanged());
            String graph = Iris.document(DOC_003);
            for (String g : before.keySet()) {
                if (!g.equals(graph)) assertEquals(data(before.get(g)), data(after.get(g)), g);
            }
            assertNotEquals(before.get(graph), after.get(graph));
            assertTrue(after.get(graph).stream().anyMatch(l -> l.contains("\"区司法局\"@zh")));
            assertTrue(after.get(graph).stream().noneMatch(l -> l.contains("\"区委政法委\"@zh") && l.contains("/task/9/")));
            assertEquals(before.keySet(), after.keySet());
        }
    }

    @Test
    void aDocumentThatCannotBeReadKeepsItsPreviousGraph(@TempDir Path dir) throws IOException {
        Path seeds = SeedStore.copySeeds(dir);
        try (Tdb2Store store = Tdb2Store.open(SeedStore.copy(dir.resolve("store")))) {
            Map<String, Set<String>> before = snapshot(store);
            Files.write(seeds.resolve(DOC_003), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3});
            ProblemLog log = new ProblemLog();
            BuildSummary summary = build(seeds, store, log);
            assertEquals(1, summary.failed());
            assertTrue(summary.partial());
            assertEquals(before, snapshot(store));
            assertEquals(1, log.all().size());
            assertTrue(log.all().get(0).toString().contains(DOC_003 + ": error: the zip file is damaged or truncated"), log.all().get(0).toString());
        }
    }

    @Test
    void twoInputsWithOneFileNameAreRefusedNotMerged(@TempDir Path dir) throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        Files.copy(SeedStore.SEEDS.resolve(DOC_003), a.resolve(DOC_003));
        Files.copy(SeedStore.SEEDS.resolve("000_e666455f3088458b.txt"), b.resolve(DOC_003));
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            ProblemLog log = new ProblemLog();
            BuildSummary summary = build(dir, store, log);
            assertEquals(1, summary.built());
            assertEquals(1, summary.failed());
            assertTrue(log.all().get(0).message().contains("same file name"), log.all().toString());
        }
    }

    @Test
    void storeHoldsTheOntologyGraph() {
        assertTrue(snapshot(SeedStore.get()).containsKey("https://w3id.org/policykg/ontology"));
    }
}
