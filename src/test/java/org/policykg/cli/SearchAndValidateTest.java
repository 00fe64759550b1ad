package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;
import org.policykg.query.Validator;
import org.policykg.rdf.PKG;
import org.policykg.store.Tdb2Store;

/** `search`, the index kept in step with rebuilt documents, and `validate`. */
class SearchAndValidateTest {

    private static final String PARKING_54 = "https://w3id.org/policykg/id/doc/001_1ee4ff36028791ed.txt/list/2/task/54";


    /** The subjects the raw text index returns, before any join with the store's triples. */
    private static List<String> indexHits(Path store, String words) {
        try (Tdb2Store kg = Tdb2Store.open(store)) {
            String q = "PREFIX text: <http://jena.apache.org/text#> PREFIX pkg: <https://w3id.org/policykg/ontology#> "
                    + "SELECT ?t WHERE { ?t text:query (pkg:text \"" + words + "\" 1000) }";
            return kg.dataset().calculateRead(() -> {
                try (QueryExecution qe = QueryExecution.create(q, kg.dataset())) {
                    List<String> hits = new java.util.ArrayList<>();
                    qe.execSelect().forEachRemaining(r -> hits.add(r.getResource("t").getURI()));
                    return hits;
                }
            });
        }
    }

    @Test
    void searchFindsTheParkingTasksAndARebuiltDocumentLeavesNoStaleEntries(@TempDir Path dir) throws IOException {
        Path seeds = SeedStore.copySeeds(dir);
        Path store = SeedStore.copy(dir.resolve("store"));
        CommandRun r = CliTest.run("search", "停车泊位", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        for (String id : List.of("001_1ee4ff36028791ed.txt:1:12", "001_1ee4ff36028791ed.txt:2:54", "001_1ee4ff36028791ed.txt:2:127",
                "001_1ee4ff36028791ed.txt:3:29")) {
            assertTrue(r.out().contains(id), id + "\n" + r.out());
        }
        assertTrue(r.out().contains("新增【停车泊位】12万个。"), r.out());
        assertTrue(r.out().contains("lead 武汉市停车场及新能源汽车配套设施建设工作领导小组; lead 武昌区建设局"), r.out());
        assertTrue(indexHits(store, "停车泊位").contains(PARKING_54));

        Path notice = seeds.resolve("001_1ee4ff36028791ed.txt");
        Files.writeString(notice, Files.readString(notice).replace("54.新增停车泊位12万个。", "54.新增车位12万个。"));
        assertEquals(0, CliTest.run("build", seeds.toString(), "--store", store.toString(), "-q").exit());
        assertTrue(!indexHits(store, "停车泊位").contains(PARKING_54), "the old text of task 54 left the index");
        assertTrue(indexHits(store, "新增车位").contains(PARKING_54), "its new text is indexed");
        assertTrue(!CliTest.run("search", "停车泊位", "--store", store.toString()).out().contains(":2:54 "));
    }

    @Test
    void theSeedsHaveOnlyRealFindings() {
        Validator.Report report = new Validator().validate(SeedStore.get().dataset());
        assertEquals(0, report.violations(), report.findings().toString());
        assertEquals(List.of(new Validator.Finding("DocumentShape", false, "003_345fd75f9cf043fb.txt", "the document has no title")),
                report.findings(), "003 really has no title");
    }

    @Test
    void aTaskWithNoUnitIsReported(@TempDir Path dir) {
        try (Tdb2Store kg = Tdb2Store.open(dir)) {
            String doc = "https://w3id.org/policykg/id/doc/broken.txt";
            var g = NodeFactory.createURI(doc);
            var task = NodeFactory.createURI(doc + "/list/1/task/7");
            kg.replaceGraph(doc, sink -> {
                sink.quad(Quad.create(g, task, RDF.type.asNode(), PKG.Task.asNode()));
                sink.quad(Quad.create(g, task, PKG.sourceDocument.asNode(), g));
                sink.quad(Quad.create(g, task, PKG.inList.asNode(), NodeFactory.createURI(doc + "/list/1")));
                sink.quad(Quad.create(g, task, PKG.taskNumber.asNode(), NodeFactory.createLiteralString("7")));
                sink.quad(Quad.create(g, task, PKG.text.asNode(), NodeFactory.createLiteralLang("推进城市更新。", "zh")));
            });
            Validator.Report report = new Validator().validate(kg.dataset());
            assertEquals(List.of(new Validator.Finding("TaskShape", true, "broken.txt list 1 task 7", "the task names no responsible unit")),
                    report.findings());
            assertEquals(1, report.violations());
        }
        CommandRun r = CliTest.run("validate", "--store", dir.toString());
        assertEquals(ExitCodes.ERROR, r.exit());
        assertTrue(r.out().contains("TaskShape: 1 finding(s)"), r.out());
        assertTrue(r.out().contains("violation  broken.txt list 1 task 7: the task names no responsible unit"), r.out());
    }

    @Test
    void aStatedTaskCountIsComparedWithTheTasksExtracted(@TempDir Path dir) throws IOException {
        Path notice = dir.resolve("notice.txt");
        Files.writeString(notice, """
                黄石市人民政府办公室关于印发2022年市政府重点工作责任分解的通知
                主要目标任务(共计3项)
                1.推进城市更新。[牵头单位:市住建局]
                2.新增停车泊位6000个。[牵头单位:市城管委]
                """);
        Path store = dir.resolve("store");
        CliTest.run("build", notice.toString(), "--store", store.toString(), "-q");
        CommandRun r = CliTest.run("validate", "--store", store.toString());
        assertTrue(r.out().contains("count: notice.txt: the notice states 3 tasks, 2 were extracted"), r.out());
        assertEquals(ExitCodes.ERROR, r.exit());
    }
}
