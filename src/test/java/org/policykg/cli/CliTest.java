package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;

/** The commands through picocli, with captured output, on a store built from the seeds. */
class CliTest {

    @TempDir
    static Path dir;
    static Path store;

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @BeforeAll
    static void seedStore() {
        store = SeedStore.cliStore();
    }

    @Test
    void buildPrintsTheSummary() {
        Path copy = SeedStore.copy(dir.resolve("rebuilt"));
        CommandRun r = run("build", SeedStore.SEEDS.toString(), "--store", copy.toString(), "--quiet");
        assertEquals(0, r.exit());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.get(0).startsWith("built 0, unchanged 5, failed 0 document(s) in "), lines.get(0));
        assertTrue(lines.get(1).matches("store: 5 documents, 7 lists, 484 tasks, 1410 responsibilities, 275 units, 9 report paragraphs, "
                + "395 targets, 43 deadlines, \\d+ triples"), lines.get(1));
        assertTrue(lines.get(2).matches("links: 4 same task, 32 derived from report text, \\d+ contributes to \\(of \\d+ candidates\\) in \\d+\\.\\d s"), lines.get(2));
        assertEquals("problems: 0 error(s), 0 warning(s)", lines.get(3));
        assertEquals("", r.err());
    }

    @Test
    void badInputsGiveOneClearLineEachAndThePartialExitCode(@TempDir Path inputs) throws IOException {
        Files.copy(SeedStore.SEEDS.resolve("003_345fd75f9cf043fb.txt"), inputs.resolve("003_345fd75f9cf043fb.txt"));
        Files.write(inputs.resolve("empty.txt"), new byte[0]);
        Files.write(inputs.resolve("scan.txt"), new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, 0, 0});
        Files.writeString(inputs.resolve("notes.md"), "not read");
        CommandRun r = run("build", inputs.toString(), "--store", inputs.resolve("kg").toString());
        assertEquals(ExitCodes.PARTIAL, r.exit());
        List<String> errors = r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(0).matches(".*empty\\.txt: error: the file is empty \\(.*\\)"), errors.get(0));
        assertTrue(errors.get(1).matches(".*scan\\.txt: error: the PDF file is damaged or truncated \\(.*\\)"), errors.get(1));
        assertTrue(r.err().contains("notes.md: skipped (policykg reads .txt, .html, .htm, .docx, .doc, .xlsx, .xls and .pdf files)"), r.err());
        assertTrue(r.out().startsWith("built 1, unchanged 0, failed 2 document(s), skipped 1 file(s)"), r.out());
        assertTrue(r.out().contains("store: 1 documents, 1 lists, 14 tasks, 135 responsibilities"), r.out());
    }

    @Test
    void queryAsTsvCsvJsonAndTable() {
        String q = "PREFIX pkg: <https://w3id.org/policykg/ontology#> SELECT ?n ?t WHERE { ?x pkg:taskNumber ?n ; pkg:text ?t ; "
                + "pkg:inList/pkg:listNumber 2 ; pkg:sourceDocument/pkg:fileName \"004_045b395ef430cb3c.txt\" ; pkg:ordinal ?o } ORDER BY ?o";
        CommandRun tsv = run("query", "-e", q, "--store", store.toString(), "--format", "tsv", "--limit", "2");
        assertEquals("n\tt\n1\t创建11个省级美丽乡村建设试点村,实施农村水利、电力、垃圾处理等村级基础设施项目200个,改善农村地区群众生活环境。\n"
                + "2\t新改扩建“四好农村路”300公里,加固改造危桥120座。\n", tsv.out());
        assertTrue(tsv.err().matches("2 result\\(s\\) in \\d+\\.\\d{3} s\\R"), tsv.err());

        CommandRun csv = run("query", "-e", q, "--store", store.toString(), "--format", "csv", "--limit", "1");
        assertEquals("n,t\r\n1,\"创建11个省级美丽乡村建设试点村,实施农村水利、电力、垃圾处理等村级基础设施项目200个,改善农村地区群众生活环境。\"\r\n", csv.out());
        assertTrue(csv.err().startsWith("1 result(s) in "), csv.err());

        CommandRun json = run("query", "-e", q, "--store", store.toString(), "--format", "json", "--limit", "1");
        assertTrue(json.out().contains("\"vars\": [ \"n\" , \"t\" ]"), json.out());
        assertTrue(json.out().contains("\"value\": \"1\""), json.out());
        assertTrue(json.err().startsWith("1 result(s) in "), json.err());

        CommandRun table = run("query", "-e", q, "--store", store.toString(), "--limit", "2");
        List<String> lines = table.out().lines().toList();
        assertEquals("n │ t", lines.get(0));
        assertTrue(lines.get(2).startsWith("1 │ 创建11个省级美丽乡村"), lines.get(2));
        assertEquals("(2 rows)", lines.get(4));
    }

    @Test
    void queryFileFromTheQueriesFolder() {
        CommandRun r = run("query", "queries/responsibilities.rq", "--store", store.toString(), "--format", "tsv");
        assertEquals(0, r.exit());
        assertEquals(1411, r.out().lines().count());
    }

    @Test
    void cannedQueriesByNameWithParameters() {
        CommandRun list = run("queries");
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("unit-portfolio  —  单位责任清单 | Unit portfolio  [table]"), list.out());
        assertTrue(list.out().contains("-p unit=区发改局   (default)"), list.out());
        CommandRun r = run("query", "unit-portfolio", "-p", "unit=区市监局", "--store", store.toString(), "--format", "tsv");
        assertEquals(0, r.exit(), r.err());
        assertEquals(4, r.out().lines().count(), r.out());
        assertTrue(r.out().lines().skip(1).allMatch(l -> l.startsWith("下陆区市场监管局	000_e666455f3088458b.txt	1	")), r.out());
        CommandRun undeclared = run("query", "unit-portfolio", "-p", "colour=red", "--store", store.toString());
        assertEquals(ExitCodes.USAGE, undeclared.exit());
        assertTrue(undeclared.err().contains("the query has no parameter 'colour'; it declares unit"), undeclared.err());
        CommandRun missing = run("query", "unit-portfolo", "--store", store.toString());
        assertEquals(ExitCodes.USAGE, missing.exit());
        assertTrue(missing.err().contains("no canned query of that name (did you mean unit-portfolio?)"), missing.err());
    }

    @Test
    void aQueryThatDoesNotParseIsAnErrorWithItsPosition() {
        CommandRun r = run("query", "-e", "SELECT ?x WHERE { ?x ?y }", "--store", store.toString());
        assertEquals(ExitCodes.ERROR, r.exit());
        assertTrue(r.err().startsWith("policykg: the query does not parse: "), r.err());
        assertTrue(r.err().contains("line 1, column"), r.err());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(ExitCodes.USAGE, run("query", "--store", store.toString()).exit());
        assertEquals(ExitCodes.USAGE, run("query", "-e", "ASK {}", "--format", "xml").exit());
        assertEquals(ExitCodes.USAGE, run("frobnicate").exit());
    }

    @Test
    void helpIsBilingualAndHasExamples() {
        CommandRun r = run("build", "--help");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("读取通知文件"), r.out());
        assertTrue(r.out().contains("Examples:"), r.out());
        assertTrue(r.out().contains("--store=DIR"), r.out());
    }

    @Test
    void extractWritesRdfThatParsesBack() {
        String file = SeedStore.SEEDS.resolve("003_345fd75f9cf043fb.txt").toString();
        for (String format : List.of("nq", "trig", "ttl", "jsonld")) {
            CommandRun r = run("extract", file, "--format", format);
            assertEquals(0, r.exit(), format + ": " + r.err());
            DatasetGraph dsg = DatasetGraphFactory.create();
            Lang lang = switch (format) {
                case "nq" -> Lang.NQUADS;
                case "trig" -> Lang.TRIG;
                case "ttl" -> Lang.TURTLE;
                default -> Lang.JSONLD;
            };
            RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(dsg);
            long quads = dsg.stream().count();
            assertTrue(quads > 1000, format + " gave " + quads);
            assertEquals(format.equals("ttl"), dsg.getDefaultGraph().size() > 0, format);
        }
    }

    @Test
    void statsCountsPerDocument() {
        CommandRun r = run("stats", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("5 documents, 7 lists, 484 tasks, 1410 responsibilities"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("001_1ee4ff36028791ed.txt │ task decomposition notice │ 武昌区")
                && l.endsWith("│ 2023 │ 3     │ 233   │ 467")), r.out());
    }

    @Test
    void aLockedStoreIsAClearMessageNotAStackTrace() throws Exception {
        Path locked = dir.resolve("locked");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.policykg.store.HoldStore", locked.toString()).start();
        try {
            new java.io.BufferedReader(new java.io.InputStreamReader(other.getInputStream())).readLine();
            CommandRun r = run("stats", "--store", locked.toString());
            assertEquals(ExitCodes.ERROR, r.exit());
            assertEquals(1, r.err().lines().count(), r.err());
            assertTrue(r.err().contains("is in use by another process"), r.err());
            assertTrue(Arrays.stream(r.err().split("\n")).noneMatch(l -> l.startsWith("\tat ")));
        } finally {
            other.destroy();
        }
    }
}
