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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.policykg.SeedStore;

/**
 * Every canned query answers the rows recorded for the seeds (src/test/resources/query-rows/NAME.tsv,
 * reviewed when recorded), so rewriting a query (typed parameters, matching by index) cannot change
 * what it answers. When extraction or linking changes on purpose, review the difference this test
 * prints and record again with {@code ./policykg query NAME --format tsv > src/test/resources/query-rows/NAME.tsv}.
 * A query's rows for other parameters are recorded as NAME.VARIANT.tsv; the parameters a file was
 * recorded with, when not the query's defaults, are listed in query-rows/parameters.properties
 * ({@code links.tsv = candidates=true}: record with {@code -p candidates=true}).
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
        Properties parameters = new Properties();
        try (var in = Files.newBufferedReader(RECORDED.resolve("parameters.properties"), StandardCharsets.UTF_8)) {
            parameters.load(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path q : queries) {
            String name = q.getFileName().toString().replaceFirst("\\.rq$", "");
            assertTrue(Files.exists(RECORDED.resolve(name + ".tsv")), "no recorded rows for " + name + " in " + RECORDED);
            try (Stream<Path> files = Files.list(RECORDED)) {
                for (Path recorded : files.filter(f -> f.getFileName().toString().startsWith(name + ".")
                        && f.toString().endsWith(".tsv")).sorted().toList()) {
                    String file = recorded.getFileName().toString();
                    Map<String, String> params = params(parameters.getProperty(file, ""));
                    tests.add(DynamicTest.dynamicTest(file + (params.isEmpty() ? "" : " " + params), () -> compare(name, params, recorded)));
                }
            }
        }
        for (String file : parameters.stringPropertyNames()) {
            assertTrue(Files.exists(RECORDED.resolve(file)), "parameters.properties names " + file + ", which is not recorded");
        }
        return tests.stream();
    }

    /** {@code a=1&b=2} as a map. */
    private static Map<String, String> params(String text) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : text.split("&")) {
            if (pair.isBlank()) continue;
            String[] kv = pair.split("=", 2);
            params.put(kv[0].strip(), kv.length > 1 ? kv[1].strip() : "");
        }
        return params;
    }

    private static void compare(String name, Map<String, String> params, Path recorded) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultWriter.write(SeedStore.query(name + ".rq", params), OutputFormat.TSV, new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> actual = out.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> expected = Files.readAllLines(recorded, StandardCharsets.UTF_8);
        if (!actual.equals(expected)) fail(difference(name, recorded, expected, actual));
    }

    /** The rows only one side has, at most ten of each, with the counts. */
    private static String difference(String name, Path recorded, List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        StringBuilder sb = new StringBuilder("queries/" + name + ".rq answers other rows than " + recorded
                + " (" + (expected.size() - 1) + " recorded, " + (actual.size() - 1) + " now)");
        if (missing.isEmpty() && extra.isEmpty()) sb.append("\nthe same rows in another order");
        missing.stream().limit(10).forEach(l -> sb.append("\n- ").append(l));
        if (missing.size() > 10) sb.append("\n- … ").append(missing.size() - 10).append(" more");
        extra.stream().limit(10).forEach(l -> sb.append("\n+ ").append(l));
        if (extra.size() > 10) sb.append("\n+ … ").append(extra.size() - 10).append(" more");
        return sb.toString();
    }
}
