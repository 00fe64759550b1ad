package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store through the commands: only build creates one; remove, compact, several readers at once. */
class StoreCommandsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/store");

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static void assertNoJavaInternals(String err) {
        assertFalse(err.contains("Exception") || err.contains("\tat ") || err.contains("java."), err);
    }

    @Test
    void readCommandsRefuseAStoreThatIsNotThere(@TempDir Path dir) {
        Path typo = dir.resolve("typo");
        for (String[] args : List.of(new String[] {"query", "tasks", "--store", typo.toString()},
                new String[] {"stats", "--store", typo.toString()}, new String[] {"compact", "--store", typo.toString()},
                new String[] {"remove", "a.txt", "--store", typo.toString()})) {
            CommandRun r = run(args);
            assertEquals(1, r.exit(), args[0]);
            assertEquals("policykg: no store at " + typo + ": run 'policykg build' first (or give the store with --store DIR)\n", r.err());
            assertEquals("", r.out());
        }
        assertFalse(Files.exists(typo), "nothing created");
    }

    @Test
    void removeDropsADocumentAndCompactKeepsTheRest(@TempDir Path dir) {
        String store = dir.resolve("store").toString();
        assertEquals(0, run("build", FIXTURES.toString(), "--store", store, "-q").exit());

        CommandRun unknown = run("remove", "nosuch.txt", "--store", store);
        assertEquals(1, unknown.exit());
        assertEquals("nosuch.txt: error: no such document in the store " + store + " (policykg stats lists them)\n", unknown.err());

        CommandRun removed = run("remove", "district-notice.txt", "--store", store);
        assertEquals(0, removed.exit(), removed.err());
        assertEquals("district-notice.txt: removed\n", removed.err());
        assertEquals("removed 1 document(s); links: 0 same task, 0 derived from report text, 0 contributes to (of 0 candidates) in ",
                removed.out().substring(0, removed.out().lastIndexOf("in ") + 3));

        CommandRun compact = run("compact", "--store", store);
        assertEquals(0, compact.exit(), compact.err());
        assertEquals("compacted " + store + "\n", compact.out());
        CommandRun stats = run("stats", "--store", store);
        assertTrue(stats.out().contains(": 1 documents, 1 lists, 3 tasks"), stats.out());
        assertFalse(stats.out().contains("district-notice.txt"));
    }

    @Test
    void buildGoesOnPastInputsItCannotReadAndExits3(@TempDir Path dir) {
        Path missing = dir.resolve("missing");
        CommandRun r = run("build", missing.toString(), FIXTURES.toString(), "--store", dir.resolve("store").toString());
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().startsWith(missing + ": error: no such file or folder (check the path)\n"), r.err());
        assertTrue(r.out().startsWith("built 2, unchanged 0, failed 1 document(s)"), r.out());
        assertNoJavaInternals(r.err());
    }

    @Test
    void aFileOverTheLimitIsRefusedByItsSize(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.copy(FIXTURES.resolve("city-notice.txt"), input.resolve("city-notice.txt"));
        Path big = input.resolve("big.txt");
        try (var f = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(3L << 20);
        }
        CommandRun r = run("build", input.toString(), "--max-size", "2", "--store", dir.resolve("store").toString(), "-q");
        assertEquals(3, r.exit());
        assertEquals(big + ": error: the file is 3.0 MB, over the limit of 2.0 MB per document (split it, or raise the limit with --max-size)\n", r.err());
    }

    /** TDB2 lets one process open a store at a time; readers open, read and close, and wait their turn. */
    @Test
    void severalReadersAtOnce(@TempDir Path dir) throws Exception {
        String store = dir.resolve("store").toString();
        assertEquals(0, run("build", FIXTURES.toString(), "--store", store, "-q").exit());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Process> readers = new ArrayList<>();
        for (String[] command : List.of(new String[] {"stats"}, new String[] {"query", "tasks"})) {
            List<String> args = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), PolicyKg.class.getName()));
            args.addAll(List.of(command));
            args.addAll(List.of("--store", store));
            readers.add(new ProcessBuilder(args).start());
        }
        for (Process p : readers) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), err);
            assertTrue(out.contains("新增、补划、规范机动车停车泊位6000个") || out.contains(": 2 documents, 2 lists, 5 tasks"), out);
        }
    }
}
