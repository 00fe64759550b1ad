package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.extract.DocumentExtractor;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.rdf.DocumentMapper;
import org.policykg.rdf.PKG;

/**
 * The place a reader gives a line (page, paragraph, table cell, sheet cell) reaches the RDF as
 * pkg:sourceLocator of the task, target or paragraph read from it; a text file gives none.
 */
class SourceLocatorTest {

    private static final NoticeFixture NOTICE = new NoticeFixture();
    private final DocumentReader reader = new DocumentReader();
    private final DocumentExtractor extractor = new DocumentExtractor(SeedStore.GAZETTEER);

    /** Each task's number → its locator, each target's value as written and each deadline's phrase → theirs. */
    private Map<String, String> locators(SourceFile file) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        new DocumentMapper(SeedStore.GAZETTEER, "test").map(extractor.extract(file, reader.lines(file),
                ProblemHandler.lenient(new ProblemLog())), Instant.EPOCH, StreamRDFLib.dataset(dsg));
        Map<String, String> out = new TreeMap<>();
        dsg.find(Node.ANY, Node.ANY, PKG.sourceLocator.asNode(), Node.ANY).forEachRemaining((Quad q) -> {
            String key = value(dsg, q.getSubject(), PKG.taskNumber.asNode());
            if (key == null && value(dsg, q.getSubject(), PKG.phrase.asNode()) != null) key = "deadline " + value(dsg, q.getSubject(), PKG.phrase.asNode());
            if (key == null) key = "target " + value(dsg, q.getSubject(), PKG.valueAsWritten.asNode());
            out.put(key, q.getObject().getLiteralLexicalForm());
        });
        return out;
    }

    private static String value(DatasetGraph dsg, Node s, Node p) {
        var it = dsg.find(Node.ANY, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    @Test
    void tasksAndTheirTargetsStandAtTheirRowsFirstCell() throws IOException {
        // A target or deadline read from a row stands where its row does: at the row's first cell.
        Map<String, String> expected = new TreeMap<>(Map.of("1", "table 1 R2C1", "2", "table 1 R3C1", "3", "table 1 R4C1", "4", "table 1 R5C1",
                "target 10万平方米", "table 1 R2C1", "target 20亿元", "table 1 R3C1", "target 12个", "table 1 R4C1", "target 十件", "table 1 R5C1",
                "deadline 年内", "table 1 R2C1", "deadline 6月底", "table 1 R4C1"));
        assertEquals(expected, locators(TableFormatsTest.file("notice.docx", NOTICE.docx())));
        Map<String, String> pdf = new TreeMap<>();
        expected.forEach((k, v) -> pdf.put(k, "p. 1 " + v));
        assertEquals(pdf, locators(TableFormatsTest.file("notice.pdf", NOTICE.pdf())));
        int top = NOTICE.workbookTableRow();
        Map<String, String> xlsx = new TreeMap<>();
        expected.forEach((k, v) -> xlsx.put(k, "分解表!A" + (top + Integer.parseInt(v.substring(v.indexOf('R') + 1, v.indexOf('C'))))));
        assertEquals(xlsx, locators(TableFormatsTest.file("notice.xlsx", NOTICE.xlsx())));
    }

    /** A report in Word: each paragraph and the main expected targets stated in it stand at the paragraph ("¶ n"). */
    @Test
    void reportParagraphsAndTheirTargetsStandAtTheirParagraph() {
        SourceFile file = WordReportsTest.resource("2025-hubei.docx");
        DatasetGraph dsg = DatasetGraphFactory.create();
        new DocumentMapper(SeedStore.GAZETTEER, "test").map(extractor.extract(file, reader.lines(file),
                ProblemHandler.lenient(new ProblemLog())), Instant.EPOCH, StreamRDFLib.dataset(dsg));
        Map<String, String> byText = new TreeMap<>();
        dsg.find(Node.ANY, Node.ANY, PKG.goalTarget.asNode(), Node.ANY).forEachRemaining(g -> {
            if ("6％左右".equals(value(dsg, g.getObject(), PKG.valueAsWritten.asNode()))) {
                byText.put("growth", value(dsg, g.getObject(), PKG.sourceLocator.asNode()));
            }
        });
        String goal = reader.lines(file).stream().filter(l -> l.text().contains("主要预期目标是：经济增长6％左右")).findFirst().orElseThrow().locator();
        assertEquals(Map.of("growth", goal), byText);
        assertEquals("¶ 27", goal);
    }

    @Test
    void aTextFileHasLineNumbersOnly() {
        assertEquals(Map.of(), locators(TableFormatsTest.file("notice.txt", NOTICE.txt())));
    }
}
