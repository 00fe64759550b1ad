package org.policykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.pipeline.BuildPipeline;
import org.policykg.problem.ProblemLog;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultTable;
import org.policykg.store.Tdb2Store;

/**
 * The seeds built once into a temporary store, shared read-only by the tests that query them.
 * Tests that change a store build their own.
 */
public final class SeedStore {

    public static final Path SEEDS = Path.of("seeds");
    public static final Path GOLD = Path.of("src/test/resources/gold/seed-responsibilities.tsv");

    private static Tdb2Store store;
    private static ProblemLog problems;

    private SeedStore() {}

    public static synchronized Tdb2Store get() {
        if (store == null) {
            try {
                Path dir = Files.createTempDirectory("policykg-seeds");
                dir.toFile().deleteOnExit();
                store = Tdb2Store.open(dir);
                problems = new ProblemLog();
                new BuildPipeline(GAZETTEER).build(List.of(SEEDS), store, problems, false, line -> {});
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    public static ProblemLog problems() {
        get();
        return problems;
    }

    /** Runs a query file of the project's queries/ folder on the seed store, with its header's default parameters. */
    public static ResultTable query(String name) {
        return query(name, java.util.Map.of());
    }

    public static ResultTable query(String name, java.util.Map<String, String> params) {
        try {
            String sparql = Files.readString(Path.of("queries", name));
            var binding = org.policykg.query.QueryParameters.bind(org.policykg.query.QueryHeader.parse(sparql), params, false);
            return new QueryRunner(get().dataset()).select(QueryFactory.create(sparql), binding, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResultTable select(String sparql) {
        return new QueryRunner(get().dataset()).select(QueryFactory.create(sparql), 0);
    }

    /** A copy of the seeds in {@code dir}/seeds, for tests that edit them. */
    public static Path copySeeds(Path dir) throws IOException {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (var files = Files.list(SEEDS)) {
            for (Path f : files.toList()) Files.copy(f, seeds.resolve(f.getFileName()));
        }
        return seeds;
    }

    /** One gazetteer for all tests: loading it reads 41,000 streets. */
    public static final Gazetteer GAZETTEER = Gazetteer.load();
}
