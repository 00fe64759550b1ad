package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;
import org.policykg.problem.Problem;
import org.policykg.problem.ProblemLog;
import org.policykg.rdf.Iris;
import org.policykg.store.Tdb2Store;

/**
 * What keeps a store whole and small over many builds: compaction, prune, the previous version
 * kept when a new one yields no tasks, the text index repaired after a crash between the TDB2 and
 * Lucene commits, per-input problems, the size limit. On two short notices (a city's and a
 * district's, src/test/resources/store), not the seeds.
 */
class StoreUpkeepTest {

    static final Path FIXTURES = Path.of("src/test/resources/store");
    static final String CITY = "city-notice.txt";
    static final String DISTRICT = "district-notice.txt";

    private final BuildPipeline pipeline = new BuildPipeline(SeedStore.GAZETTEER);

    static Path copyFixtures(Path dir) throws IOException {
        Path input = Files.createDirectories(dir.resolve("input"));
        for (String name : List.of(CITY, DISTRICT)) Files.copy(FIXTURES.resolve(name), input.resolve(name));
        return input;
    }

    private BuildSummary build(List<Path> inputs, Tdb2Store store, ProblemLog log, BuildOptions options) {
        return pipeline.build(inputs, store, log, options, line -> {}, Progress.NONE, new BuildState());
    }

    private BuildSummary build(Path input, Tdb2Store store, BuildOptions options) {
        return build(List.of(input), store, new ProblemLog(), options);
    }

    /** The task texts a full-text search finds, as {@code policykg search} asks the index. */
    static List<String> search(Tdb2Store store, String words) {
        String q = """
                PREFIX text: <http://jena.apache.org/text#>
                PREFIX pkg: <https://w3id.org/policykg/ontology#>
                SELECT ?t WHERE { ?s text:query (pkg:text '%s') . ?s pkg:text ?t } ORDER BY ?t""".formatted(words);
        List<String> texts = new ArrayList<>();
        store.dataset().executeRead(() -> {
            try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                qe.execSelect().forEachRemaining(r -> texts.add(r.getLiteral("t").getString()));
            }
        });
        return texts;
    }

    /** Disk blocks in use, as du counts them: TDB2's files are sparse, so their length says little. */
    static long diskKilobytes(Path dir) throws Exception {
        Process du = new ProcessBuilder("du", "-sk", dir.toString()).start();
        String out = new String(du.getInputStream().readAllBytes()).trim();
        assertEquals(0, du.waitFor(), out);
        return Long.parseLong(out.split("\\s+")[0]);
    }

    @Test
    void fiveRebuildsKeepTheStoreTheSizeOfAFreshBuild(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        Path location = dir.resolve("store");
        try (Tdb2Store store = Tdb2Store.open(location)) {
            build(input, store, BuildOptions.defaults());
        }
        long fresh = diskKilobytes(location);
        for (int i = 1; i <= 5; i++) {
            // every document changed, so every graph and the links are replaced
            for (String name : List.of(CITY, DISTRICT)) Files.writeString(input.resolve(name), "\n", java.nio.file.StandardOpenOption.APPEND);
            try (Tdb2Store store = Tdb2Store.open(location)) {
                BuildSummary s = build(input, store, BuildOptions.defaults());
                assertEquals(2, s.built());
                assertTrue(s.compacted());
            }
        }
        long after = diskKilobytes(location);
        assertTrue(after <= fresh * 1.5, "fresh " + fresh + " KB, after five rebuilds " + after + " KB");
        try (Stream<Path> generations = Files.list(location)) {
            assertEquals(1, generations.filter(p -> p.getFileName().toString().startsWith("Data-")).count(), "old generations deleted");
        }
    }

    @Test
    void anUnchangedRebuildWritesNothing(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            build(input, store, BuildOptions.defaults());
            BuildSummary again = build(input, store, BuildOptions.defaults());
            assertEquals(2, again.unchanged());
            assertFalse(again.relinked(), "no document changed: the links are kept");
            assertEquals(again.links().accepted(), build(input, store, BuildOptions.defaults()).links().accepted());
            assertEquals(2, again.links().accepted().get(org.policykg.link.LinkKind.CONTRIBUTES_TO));
            assertFalse(again.compacted());
        }
    }

    /** A build killed after its documents and before its link stage: the next build relinks, though no file changed. */
    @Test
    void linksLeftBehindByAnInterruptedBuildAreRebuiltByTheNext(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            build(input, store, BuildOptions.defaults());
            assertTrue(org.policykg.link.LinkStage.upToDate(store));
            String city = Iris.document(CITY);
            List<org.apache.jena.sparql.core.Quad> quads = store.dataset().calculateRead(() -> store.dataset().asDatasetGraph()
                    .stream(org.apache.jena.graph.NodeFactory.createURI(city), null, null, null)
                    .filter(q -> !q.getPredicate().equals(org.policykg.rdf.PKG.indexStamp.asNode())).toList());
            store.replaceGraph(city, sink -> quads.stream().sorted(java.util.Comparator.comparing(Object::toString)).forEach(sink::quad));
            assertFalse(org.policykg.link.LinkStage.upToDate(store), "the document was written after the links");
            BuildSummary next = build(input, store, BuildOptions.defaults());
            assertEquals(2, next.unchanged());
            assertTrue(next.relinked());
            assertEquals(2, linkCount(store));
            assertTrue(org.policykg.link.LinkStage.upToDate(store));
        }
    }

    @Test
    void pruneRemovesDocumentsNoLongerAmongTheInputsWithTheirLinksAndIndexEntries(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            build(input, store, BuildOptions.defaults());
            assertEquals(List.of("建成集中式充电站20个、充电桩8000根,完善新能源汽车配套设施。",
                    "建成集中式充电站3个、充电桩900根,完善新能源汽车配套设施。"), search(store, "充电桩"));
            assertEquals(2, linkCount(store));
            Files.delete(input.resolve(DISTRICT));

            BuildSummary kept = build(input, store, BuildOptions.defaults());
            assertEquals(0, kept.removed(), "without --prune a document not among the inputs stays");
            BuildSummary pruned = build(input, store, new BuildOptions(false, false, true, false, BuildOptions.DEFAULT_MAX_BYTES));
            assertEquals(1, pruned.removed());
            assertEquals(List.of(Iris.document(CITY)), store.graphNames(Iris.document("")));
            assertEquals(List.of("建成集中式充电站20个、充电桩8000根,完善新能源汽车配套设施。"), search(store, "充电桩"));
            assertEquals(0, linkCount(store));
        }
    }

    static long linkCount(Tdb2Store store) {
        String q = "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?l a pkg:Link ; pkg:accepted true }";
        return store.dataset().calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.create(q, store.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void aVersionThatYieldsNoTasksDoesNotReplaceOneThatDid(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            build(input, store, BuildOptions.defaults());
            Files.writeString(input.resolve(CITY), "关于印发2022年市政府重点工作责任分解的通知\n\n页面已迁移,请访问新网址。\n");
            ProblemLog log = new ProblemLog();
            BuildSummary s = build(List.of(input), store, log, BuildOptions.defaults());
            assertEquals(1, s.failed());
            assertTrue(s.partial(), "exit 3");
            assertEquals(List.of(input.resolve(CITY) + ": error: kept the previous version: the new text yields no tasks (was 3)"
                    + " (build with --force to replace it anyway)"), log.all().stream()
                    .filter(p -> p.severity() == org.policykg.problem.Severity.ERROR).map(Problem::toString).toList());
            assertEquals(3, store.taskCount(Iris.document(CITY)));

            BuildSummary forced = build(input, store, new BuildOptions(false, true, false, false, BuildOptions.DEFAULT_MAX_BYTES));
            assertEquals(1, forced.built());
            assertEquals(0, store.taskCount(Iris.document(CITY)));
        }
    }

    /**
     * jena-text commits TDB2 and then Lucene: a process killed between the two leaves the new
     * graph with the old index entries. Made here by putting a store's TDB2 files, built from an
     * edited notice, beside the index of the unedited one.
     */
    @Test
    void theNextBuildRepairsAnIndexLeftBehindByACrashBetweenTheTwoCommits(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        Path crashed = dir.resolve("crashed");
        try (Tdb2Store store = Tdb2Store.open(crashed)) {
            build(input, store, BuildOptions.defaults());
        }
        Path city = input.resolve(CITY);
        Files.writeString(city, Files.readString(city).replace("城市燃气管网", "城市供水管网"));
        Path committed = dir.resolve("committed");
        try (Tdb2Store store = Tdb2Store.open(committed)) {
            build(input, store, BuildOptions.defaults());
        }
        replaceDatabaseFiles(crashed, committed);

        try (Tdb2Store store = Tdb2Store.open(crashed)) {
            assertEquals(List.of(), search(store, "供水"), "the crash: the store has the new text, the index the old");
            assertEquals(List.of("新建改造城市供水管网100公里,消除老旧管网安全隐患。"), search(store, "燃气"), "found by its old text");
            assertFalse(store.textIndexAgrees(Iris.document(CITY)));
            BuildSummary s = build(input, store, BuildOptions.defaults());
            assertEquals(2, s.unchanged(), "both files are as stored");
            assertTrue(s.repaired() >= 1, "the notice's graph (and the links it changed) re-indexed");
            assertEquals(List.of("新建改造城市供水管网100公里,消除老旧管网安全隐患。"), search(store, "供水"));
            assertEquals(List.of(), search(store, "燃气"));
            assertTrue(store.textIndexAgrees(Iris.document(CITY)));
        }
    }

    @Test
    void reindexRebuildsTheWholeIndexFromTheStore(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            build(input, store, BuildOptions.defaults());
            List<String> before = search(store, "停车泊位");
            BuildSummary s = build(input, store, new BuildOptions(false, false, false, true, BuildOptions.DEFAULT_MAX_BYTES));
            assertTrue(s.repaired() >= 2, "every graph indexed again: " + s.repaired());
            assertEquals(before, search(store, "停车泊位"));
            assertEquals(2, before.size());
        }
    }

    private static void replaceDatabaseFiles(Path target, Path source) throws IOException {
        for (Path store : List.of(target, source)) {
            try (Stream<Path> files = Files.list(store)) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith("Data-")).toList()) {
                    if (store == target) deleteTree(p);
                    else copyTree(p, target.resolve(p.getFileName().toString()));
                }
            }
        }
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path f : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path f : all.toList()) Files.copy(f, to.resolve(from.relativize(f).toString()));
        }
    }

    @Test
    void eachInputThatCannotBeReadIsOneProblemAndTheRestBuilds(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        Path missing = dir.resolve("missing.txt");
        Path fifo = dir.resolve("pipe.txt");
        boolean madeFifo = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        List<Path> inputs = madeFifo ? List.of(missing, input, fifo) : List.of(missing, input);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            ProblemLog log = new ProblemLog();
            BuildSummary s = build(inputs, store, log, BuildOptions.defaults());
            assertEquals(2, s.built());
            assertEquals(inputs.size() - 1, s.failed());
            List<String> expected = new ArrayList<>(List.of(missing + ": error: no such file or folder (check the path)"));
            if (madeFifo) expected.add(fifo + ": error: is not a file or folder (a pipe, socket or device) (give the files or folders of the documents)");
            assertEquals(expected, log.all().stream().map(Problem::toString).toList());
        }
    }

    @Test
    void aFolderThatCannotBeListedIsOneProblem(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        Path closed = Files.createDirectories(input.resolve("closed"));
        Files.copy(FIXTURES.resolve(CITY), closed.resolve("other.txt"));
        Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("---------"));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(closed),
                    "running as root, who may read any folder: an unreadable folder cannot be made here");
            try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
                ProblemLog log = new ProblemLog();
                BuildSummary s = build(List.of(input), store, log, BuildOptions.defaults());
                assertEquals(2, s.built());
                assertEquals(1, s.failed());
                assertEquals(List.of(closed + ": error: cannot be read: permission denied (check that it exists and that you may read it)"),
                        log.all().stream().map(Problem::toString).toList());
            }
        } finally {
            Files.setPosixFilePermissions(closed, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aDocumentOverTheSizeLimitIsRefusedUnread(@TempDir Path dir) throws Exception {
        Path input = copyFixtures(dir);
        Path huge = input.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(200L << 20); // 200 MB, sparse: nothing is written
        }
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            ProblemLog log = new ProblemLog();
            BuildSummary s = build(List.of(input), store, log, BuildOptions.defaults());
            assertEquals(2, s.built());
            assertEquals(1, s.failed());
            assertEquals(List.of(huge + ": error: the file is 200.0 MB, over the limit of 20.0 MB per document"
                    + " (split it, or raise the limit with --max-size)"), log.all().stream().map(Problem::toString).toList());
        }
    }
}
