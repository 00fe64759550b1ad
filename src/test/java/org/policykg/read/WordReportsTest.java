package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.extract.DocumentExtractor;
import org.policykg.model.Comparator;
import org.policykg.model.DocumentKind;
import org.policykg.model.ExtractedDocument;
import org.policykg.model.Paragraph;
import org.policykg.model.Target;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;

/**
 * Provincial work reports of 2025 as published, in Word (copied from the corpus's
 * provinces-2025-docx), read as their text versions are: the same paragraphs, and the same kind,
 * place, year and main expected targets as the 2026 reports of the same provinces, published as text.
 */
class WordReportsTest {

    private final DocumentReader reader = new DocumentReader();
    private final DocumentExtractor extractor = new DocumentExtractor(SeedStore.GAZETTEER);

    static SourceFile resource(String name) {
        try (InputStream in = WordReportsTest.class.getResourceAsStream("/reports/" + name)) {
            if (in == null) throw new IllegalStateException("test resource missing: " + name);
            return new SourceFile(Path.of(name), name, in.readAllBytes(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ExtractedDocument extract(String name) {
        SourceFile file = resource(name);
        return extractor.extract(file, reader.lines(file), ProblemHandler.lenient(new ProblemLog()));
    }

    /**
     * The paragraphs of the .docx as its XML holds them (every w:p's w:t text; written out with
     * Python's XML parser, not POI), one a line: the reader gives exactly these, in this order.
     */
    @Test
    void theDocxGivesTheParagraphsOfItsXmlInOrder() {
        List<SourceLine> lines = reader.lines(resource("2025-hubei.docx"));
        List<String> expected = PlainTextLines.split(new String(resource("2025-hubei-docx-paragraphs.txt").bytes(),
                java.nio.charset.StandardCharsets.UTF_8)).stream().map(SourceLine::text).toList();
        assertEquals(expected, lines.stream().map(SourceLine::text).toList());
        assertEquals(46, lines.size());
        assertEquals("¶ 1", lines.get(0).locator());
        assertTrue(lines.stream().noneMatch(SourceLine::inTable));
    }

    /** The same lines as a text file of the same paragraphs: the extraction cannot tell them apart. */
    @Test
    void theDocxAndItsTextVersionGiveTheSameReport() {
        ExtractedDocument docx = extract("2025-hubei.docx");
        ExtractedDocument text = extract("2025-hubei-docx-paragraphs.txt");
        assertEquals(text.info(), docx.info());
        assertEquals(text.paragraphs().stream().map(Paragraph::text).toList(), docx.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(text.goalTargets().stream().map(WordReportsTest::target).toList(), docx.goalTargets().stream().map(WordReportsTest::target).toList());
    }

    @Test
    void hubeiPlansGrowthOfAbout6PercentIn2025() {
        ExtractedDocument doc = extract("2025-hubei.docx");
        assertEquals(DocumentKind.WORK_REPORT, doc.info().kind());
        assertEquals("420000", doc.info().jurisdiction().code());
        assertEquals(2025, doc.info().planYear());
        assertTrue(doc.info().goalStatement().startsWith("经济社会发展的主要预期目标是：经济增长6％左右；"), doc.info().goalStatement());
        Target growth = doc.goalTargets().get(0);
        assertEquals("6％左右 6 about percent", target(growth));
        assertTrue(growth.goalLevel());
        assertTrue(growth.sentence().contains("经济增长6％左右"), growth.sentence());
    }

    /** Kind, place and year of the 2025 .docx and the 2026 text of three provinces: the same but the year. */
    @Test
    void docxReportsComeOutAsTheTextReportsOfTheNextYear() {
        for (String province : List.of("hubei", "hebei", "jilin")) {
            ExtractedDocument docx = extract("2025-" + province + ".docx");
            ExtractedDocument text = extract("2026-" + province + ".txt");
            assertEquals(DocumentKind.WORK_REPORT, docx.info().kind(), province);
            assertEquals(text.info().kind(), docx.info().kind(), province);
            assertEquals(text.info().jurisdiction(), docx.info().jurisdiction(), province);
            assertEquals(2025, docx.info().planYear(), province);
            assertEquals(2026, text.info().planYear(), province);
            assertTrue(docx.paragraphs().size() >= 40, province + ": " + docx.paragraphs().size() + " paragraphs");
            assertEquals(List.of("一", "二"), sectionNumbers(text).subList(0, 2), province);
            assertEquals(sectionNumbers(text).subList(0, 2), sectionNumbers(docx).subList(0, 2), province);
            assertTrue(text.goalTargets().size() >= 4 && docx.goalTargets().size() >= 4, province);
        }
    }

    /** The numbers of the report's sections (一, 二, …), the skeleton every work report shares. */
    private static List<String> sectionNumbers(ExtractedDocument doc) {
        return doc.paragraphs().stream().map(Paragraph::section).filter(s -> s != null && s.matches("^[一二三四五六七八九十]+、.*"))
                .map(s -> s.substring(0, s.indexOf('、'))).distinct().toList();
    }

    private static String target(Target t) {
        return t.asWritten() + " " + t.value().stripTrailingZeros().toPlainString() + " " + t.comparator().localName() + " "
                + (t.unitIri() != null && t.unitIri().endsWith("PERCENT") ? "percent" : "-");
    }
}
