package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;

/**
 * Bad inputs of the trust and trial issues on the command side: each is one clear line with the
 * right exit code, leaves earlier output as it was, and shows no exception class or stack frame.
 */
class BadInputTest {

    @TempDir
    static Path dir;
    static String store;

    @BeforeAll
    static void seedStore() {
        store = SeedStore.cliStore().toString();
    }

    private static CommandRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--store") && !List.of("queries", "extract").contains(args[0])) all.addAll(List.of("--store", store));
        return CliTest.run(all.toArray(String[]::new));
    }

    /** The error output a user sees: no exception names, no stack frames, no Java package names. */
    private static void clean(CommandRun r) {
        for (String bad : List.of("Exception", "\tat ", "java.")) {
            assertFalse(r.err().contains(bad), "stderr shows '" + bad.strip() + "':\n" + r.err());
        }
    }

    private static CommandRun usage(String expected, String... args) {
        CommandRun r = run(args);
        assertEquals(ExitCodes.USAGE, r.exit(), String.join(" ", args) + "\n" + r.err());
        assertTrue(r.err().contains(expected), String.join(" ", args) + "\n" + r.err());
        clean(r);
        return r;
    }

    @Test
    void aFailedExportLeavesThePriorFileIntact() throws IOException {
        Path keep = dir.resolve("keep.graphml");
        byte[] before = "<graphml>an earlier export</graphml>".getBytes(StandardCharsets.UTF_8);
        Files.write(keep, before);
        usage("unknown scope 'foo'", "export", "--format", "graphml", "--scope", "foo", "-o", keep.toString());
        assertArrayEquals(before, Files.readAllBytes(keep));
        usage("no task matches '999:9:9'", "export", "--format", "graphml", "--scope", "cascade:999:9:9", "-o", keep.toString());
        assertArrayEquals(before, Files.readAllBytes(keep));
        try (var left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file is left behind");
        }
        CommandRun ok = run("export", "--format", "graphml", "--scope", "document:003", "-o", keep.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(Files.readString(keep).contains("003_345fd75f9cf043fb.txt"), "a successful export replaces it");
    }

    @Test
    void exportOptionsThatCannotApplyAreUsageErrors() {
        CommandRun folder = usage("is a folder: give a file name", "export", "--format", "graphml", "-o", dir.toString());
        assertEquals(1, folder.err().lines().count(), folder.err());
        usage("--min-weight applies to --scope unit-network only", "export", "--format", "cyjs", "--scope", "document:003", "--min-weight", "3");
        usage("unknown scope 'jurisdicton' (did you mean jurisdiction:?)", "export", "--format", "cyjs", "--scope", "jurisdicton:420106");
        usage("no jurisdiction with the code or name '火星'", "export", "--format", "cyjs", "--scope", "jurisdiction:火星");
    }

    @Test
    void jurisdictionScopesTakeNamesAsWellAsCodes() {
        CommandRun byName = run("export", "--format", "cyjs", "--scope", "jurisdiction:鄂城区");
        CommandRun byCode = run("export", "--format", "cyjs", "--scope", "jurisdiction:420704");
        assertEquals(0, byName.exit(), byName.err());
        assertEquals(byCode.out(), byName.out());
        CommandRun byStart = run("export", "--format", "cyjs", "--scope", "jurisdiction:鄂城");
        assertEquals(byCode.out(), byStart.out(), "the start of a name that only one jurisdiction has");
    }

    @Test
    void queryUsageErrors() throws IOException {
        usage("did you mean deadlines-in-period?", "query", "deadlines-in-perod");
        usage("-p from=abc: expected a date as yyyy-mm-dd, e.g. 2023-01-01", "query", "deadlines-in-period", "-p", "from=abc");
        usage("-p from=2023-02-30: expected a date", "query", "deadlines-in-period", "-p", "from=2023-02-30");
        CommandRun ambiguous = usage("'00:1:1' matches 4 tasks: 000_e666455f3088458b.txt:1:1, 001_1ee4ff36028791ed.txt:1:1, 003_345fd75f9cf043fb.txt:1:1, "
                + "004_045b395ef430cb3c.txt:1:1 (name one of them)",
                "query", "cascade", "-p", "task=00:1:1");
        assertEquals(1, ambiguous.err().lines().count(), ambiguous.err());
        usage("no task matches '001:9:9'", "query", "cascade", "-p", "task=001:9:9");
        usage("no unit is named or written '区发改委员会'", "query", "unit-portfolio", "-p", "unit=区发改委员会");
        usage("-p x: the query gives ?x a value itself", "query", "-e", "SELECT ?x WHERE { BIND(1 AS ?x) }", "-p", "x=foo");
        Path binary = dir.resolve("binary.rq");
        Files.write(binary, new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1, (byte) 0xC3, 0x28});
        usage(binary + ": not a SPARQL query (the file is not UTF-8 text)", "query", binary.toString());
        usage("Invalid value for option '--format'", "query", "tasks", "--format", "xml");
    }

    @Test
    void typedParametersMatchTheRightRows() {
        CommandRun byPrefix = run("query", "cascade", "-p", "task=001:1:12", "--format", "tsv");
        CommandRun byIri = run("query", "cascade", "-p", "task=https://w3id.org/policykg/id/doc/001_1ee4ff36028791ed.txt/list/1/task/12",
                "--format", "tsv");
        assertEquals(0, byPrefix.exit(), byPrefix.err());
        assertTrue(byPrefix.out().lines().skip(1).findFirst().orElseThrow().startsWith("task\t001_1ee4ff36028791ed.txt\t1\t12\tprovince"),
                byPrefix.out());
        assertEquals(byPrefix.out(), byIri.out());
        CommandRun later = run("query", "deadlines-in-period", "-p", "from=2023-07-01", "-p", "to=2023-07-31", "--format", "tsv");
        assertEquals(0, later.exit(), later.err());
        assertTrue(later.out().contains("2023-07-01\t2023-07-31\t明年7月份\t000_e666455f3088458b.txt\t1\t1\t"), later.out());
        assertTrue(later.out().lines().skip(1).allMatch(l -> l.compareTo("2023-07-31") <= 0 && l.split("\t")[1].compareTo("2023-07-01") >= 0),
                "every deadline overlaps July:\n" + later.out());
    }

    @Test
    void serviceIsRefusedWithoutAConnection() throws IOException {
        try (ServerSocket endpoint = new ServerSocket(0)) {
            endpoint.setSoTimeout(1000);
            String query = "SELECT * WHERE { SERVICE <http://127.0.0.1:" + endpoint.getLocalPort() + "/sparql> { ?s ?p ?o } }";
            usage("the query calls SERVICE <http://127.0.0.1:" + endpoint.getLocalPort() + "/sparql>, which sends a request over the network: "
                    + "add --allow-service to let it", "query", "-e", query);
            usage("add --allow-service", "query", "-e", "SELECT * WHERE { ?t ?p ?o { SELECT * WHERE { SERVICE <http://127.0.0.1:"
                    + endpoint.getLocalPort() + "/x> { ?t ?p ?o } } } }");
            assertThrows(SocketTimeoutException.class, endpoint::accept, "no connection reached the endpoint");
        }
    }

    @Test
    void searchInputCannotChangeTheQueryShape() {
        for (String words : List.of("停车泊位 AND", "停车泊位\\", "uri:停车泊位", "停车泊位)")) {
            CommandRun r = run("search", words, "--limit", "3");
            assertEquals(0, r.exit(), words + "\n" + r.err());
            assertTrue(r.out().startsWith("001_1ee4ff36028791ed.txt:2:54  "), words + "\n" + r.out());
            clean(r);
        }
        usage("nothing to search for in '*'", "search", "*");
        CommandRun field = run("search", "uri:*");
        assertEquals(0, field.exit(), field.err());
        assertEquals("", field.out(), "uri:* searches the text for 'uri', not the field uri for anything");
        usage("nothing to search for in '\\'", "search", "\\");
        CommandRun lucene = usage("search: '停车 AND' is not a valid Lucene query (", "search", "停车 AND", "--syntax", "lucene");
        assertEquals(1, lucene.err().lines().count(), lucene.err());
        CommandRun wildcard = run("search", "停车*", "--syntax", "lucene", "--limit", "50");
        assertEquals(0, wildcard.exit(), wildcard.err());
        assertTrue(wildcard.out().contains("001_1ee4ff36028791ed.txt:2:54"), wildcard.out());
    }

    @Test
    void oneCharacterAndUnitNamesAreFound() {
        CommandRun water = run("search", "水", "--limit", "200");
        assertEquals(0, water.exit(), water.err());
        assertTrue(water.out().contains("【水】"), water.out());
        assertTrue(water.out().lines().filter(l -> l.contains("…") || l.startsWith("    ")).anyMatch(l -> l.contains("供【水】")
                || l.contains("【水】利") || l.contains("污【水】")), water.out());
        CommandRun unit = run("search", "城发集团");
        assertEquals(0, unit.exit(), unit.err());
        assertTrue(unit.out().startsWith("004_045b395ef430cb3c.txt:"), unit.out());
        assertTrue(unit.out().contains("responsible 黄石市【城发集团】"), unit.out());
    }

    @Test
    void csvToAFileStartsWithAByteOrderMark() throws IOException {
        Path file = dir.resolve("tasks.csv");
        assertEquals(0, run("query", "tasks", "--limit", "1", "--format", "csv", "-o", file.toString()).exit());
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 's'}, java.util.Arrays.copyOf(bytes, 4), "BOM, then the header");
        assertEquals(0, run("query", "tasks", "--limit", "1", "--format", "csv", "-o", file.toString(), "--no-bom").exit());
        assertEquals('s', Files.readAllBytes(file)[0]);
        assertTrue(run("query", "tasks", "--limit", "1", "--format", "csv").out().startsWith("source,"), "no BOM on standard output");
    }

    /** Store-side bad inputs (their exit codes are the store's business): whatever happens, no exception reaches the user. */
    @Test
    void storeSideBadInputsShowNoExceptionNames() throws Exception {
        Path fifo = dir.resolve("fifo.txt");
        new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        Path unwritable = Path.of("/proc/1/policykg-store");
        for (String[] args : List.of(
                new String[] {"build", dir.resolve("missing.txt").toString(), "--store", dir.resolve("s1").toString(), "-q"},
                new String[] {"build", fifo.toString(), "--store", dir.resolve("s2").toString(), "-q"},
                new String[] {"stats", "--store", unwritable.toString()},
                new String[] {"query", "-e", "ASK {}", "--store", unwritable.toString()})) {
            CommandRun r = CliTest.run(args);
            assertTrue(r.exit() != 0 || args[0].equals("query"), String.join(" ", args) + ": " + r.err());
            clean(r);
        }
    }

    @Test
    void ambiguousTraceListsTheCandidates() {
        CommandRun r = usage("'新增停车泊位' matches", "trace", "新增停车泊位");
        assertTrue(r.err().contains("001_1ee4ff36028791ed.txt:2:54") && r.err().contains("(name one of them)"), r.err());
    }
}
