package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.DocumentInfo;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.read.DocumentReader;
import org.policykg.read.SourceFile;

/**
 * A work report saved under a name that says nothing (a download's content_1234.txt) is read as it is
 * under its title: the same kind, government and plan year, from the text alone (我代表…人民政府向大会作
 * 工作报告, 2024年工作安排, 2023年工作回顾). The 37 real reports of the test chain, each read twice.
 */
class NeutralFileNameTest {

    private static final Path CHAIN = Path.of("src", "test", "resources", "reports", "chain");

    /**
     * Reports whose text alone does not give what their title gives, and why. A new term's report reviews
     * five years (过去五年工作回顾) and plans five (今后五年), and names no year of its own: the title's year
     * (it is given in the autumn the term begins) is not in the text.
     */
    private static final Map<String, String> EXCEPTIONS = Map.of(
            "深圳市坪山区政府工作报告_2021.txt", "a new term's report: no year of its own in the text");

    @Test
    void aReportReadsTheSameUnderANameThatSaysNothing(@TempDir Path dir) throws IOException {
        DocumentExtractor extractor = new DocumentExtractor(Gazetteer.load());
        DocumentReader reader = new DocumentReader();
        List<String> disagreements = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(CHAIN)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            String name = files.get(i).getFileName().toString();
            Path copy = Files.copy(files.get(i), dir.resolve("content_" + (1000 + i) + ".txt"));
            String asNamed = describe(extractor, reader, files.get(i));
            String asCopy = describe(extractor, reader, copy);
            if (!asNamed.equals(asCopy) && !EXCEPTIONS.containsKey(name)) disagreements.add(name + ": " + asNamed + " named, " + asCopy + " as a copy");
        }
        assertEquals(List.of(), disagreements);
    }

    private static String describe(DocumentExtractor extractor, DocumentReader reader, Path path) throws IOException {
        SourceFile file = reader.load(path);
        DocumentInfo info = extractor.extract(file, reader.lines(file), ProblemHandler.lenient(new ProblemLog(p -> {}))).info();
        return info.kind() + " " + (info.jurisdiction() == null ? null : info.jurisdiction().code()) + " " + info.planYear();
    }
}
