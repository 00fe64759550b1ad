package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;
import org.policykg.model.ExtractedDocument;
import org.policykg.normalise.WidthFolder;
import org.policykg.normalise.MappedText;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.rdf.Iris;
import org.policykg.read.DocumentReader;
import org.policykg.read.SourceFile;

/** A GB18030 copy and a full-width copy of a seed give the same tasks as the seed. */
class EncodingEquivalenceTest {

    private final DocumentReader reader = new DocumentReader();
    private final DocumentExtractor extractor = new DocumentExtractor(SeedStore.GAZETTEER);

    private ExtractedDocument extract(Path path) {
        SourceFile file = reader.load(path);
        return extractor.extract(file, reader.lines(file), ProblemHandler.lenient(new ProblemLog()));
    }

    /** list:number, role, unit IRI and the text folded to half width, task by task. */
    private static List<String> tasks(ExtractedDocument doc) {
        WidthFolder fold = new WidthFolder();
        return doc.lists().stream().flatMap(l -> l.tasks().stream().map(t -> l.index() + ":" + t.number() + " "
                + fold.apply(MappedText.identity(t.text())).text() + " "
                + t.responsibilities().stream().map(r -> r.role().label() + "=" + Iris.unit(r.unit())).toList())).toList();
    }

    @Test
    void gb18030CopyGivesTheSameTasks(@TempDir Path dir) throws IOException {
        Path seed = SeedStore.SEEDS.resolve("004_045b395ef430cb3c.txt");
        Path copy = dir.resolve(seed.getFileName());
        Files.write(copy, Files.readString(seed).getBytes(Charset.forName("GB18030")));
        List<String> expected = tasks(extract(seed));
        assertEquals(144, expected.size());
        assertEquals(expected, tasks(extract(copy)));
    }

    @Test
    void fullWidthCopyGivesTheSameTasks(@TempDir Path dir) throws IOException {
        Path seed = SeedStore.SEEDS.resolve("001_1ee4ff36028791ed.txt");
        Path copy = dir.resolve(seed.getFileName());
        Files.writeString(copy, toFullWidth(Files.readString(seed)));
        ExtractedDocument original = extract(seed);
        ExtractedDocument wide = extract(copy);
        assertEquals(tasks(original), tasks(wide));
        assertEquals(original.info().documentNumber(), wide.info().documentNumber());
        assertEquals(original.info().jurisdiction(), wide.info().jurisdiction());
    }

    /** Digits, ASCII punctuation and spaces as a full-width typesetter writes them: （一）２０２５年，６．５％ */
    private static String toFullWidth(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == ' ') sb.append('\u3000');
            else if ((c >= '0' && c <= '9') || "().,:;%[]".indexOf(c) >= 0) sb.append((char) (c + 0xFEE0));
            else sb.append(c);
        }
        return sb.toString();
    }
}
