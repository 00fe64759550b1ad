package org.policykg.query;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policykg.SeedStore;

/**
 * Every canned query answers the rows recorded for the seeds (src/test/resources/query-rows/NAME.tsv,
 * reviewed when recorded), so rewriting a query (typed parameters, matching by index) cannot change
 * what it answers. When extraction or linking changes on purpose, review the difference this test
 * prints and record again with {@code ./policykg query NAME --format tsv > src/test/resources/query-rows/NAME.tsv}.
 */
class CannedQueryRowsTest {

    private static final Path RECORDED = Path.of("src/test/resources/query-rows");

    @TestFactory
    Stream<DynamicTest> everyCannedQueryAnswersTheRecordedRows() throws IOException {
        List<Path> queries;
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 20, "the canned queries: " + queries);
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.getFileName().toString(), () -> compare(q)));
    }

    private static void compare(Path query) throws IOException {
        String name = query.getFileName().toString().replaceFirst("\\.rq$", "");
        Path recorded = RECORDED.resolve(name + ".tsv");
        assertTrue(Files.exists(recorded), "no recorded rows for " + name + " in " + RECORDED);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.write(SeedStore.query(query.getFileName().toString()), OutputFormat.TSV, new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> actual = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> expected = Files.readAllLines(recorded, StandardCharsets.UTF_8);
        if (!actual.equals(expected)) fail(difference(name, expected, actual));
    }

    /** The rows only one side has, at most ten of each, with the counts. */
    private static String difference(String name, List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        StringBuilder sb = new StringBuilder("queries/" + name + ".rq answers other rows than " + RECORDED.resolve(name + ".tsv")
                + " (" + (expected.size() - 1) + " recorded, " + (actual.size() - 1) + " now)");
        if (missing.isEmpty() && extra.isEmpty()) sb.append("\nthe same rows in another order");
        missing.stream().limit(10).forEach(l -> sb.append("\n- ").append(l));
        if (missing.size() > 10) sb.append("\n- … ").append(missing.size() - 10).append(" more");
        extra.stream().limit(10).forEach(l -> sb.append("\n+ ").append(l));
        if (extra.size() > 10) sb.append("\n+ … ").append(extra.size() - 10).append(" more");
        return sb.toString();
    }
}
