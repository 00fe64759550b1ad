package org.policykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.pipeline.BuildPipeline;
import org.policykg.problem.ProblemLog;
import org.policykg.query.QueryHeader;
import org.policykg.query.QueryParameters;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultTable;
import org.policykg.store.StoreFiles;
import org.policykg.store.Tdb2Store;

/**
 * The seeds built once per test run, then shared: {@link #get()} is an open store for tests that
 * only read; {@link #copy(Path)} gives a test that changes a store (or runs the CLI on one) its own
 * copy of the built store, a directory copy instead of a rebuild. The build runs once, into a folder
 * that is closed after it and never opened again, so every copy starts from the same files.
 */
public final class SeedStore {

    public static final Path SEEDS = Path.of("seeds");
    /** The hand-checked responsibilities of the seeds, copied from the project's shared gold (gold/README.md there). */
    public static final Path GOLD = Path.of("src/test/resources/gold/seed-responsibilities.tsv");

    private static Path built;
    private static Path cli;
    private static Tdb2Store store;
    private static ProblemLog problems;

    private SeedStore() {}

    /** The folder the seeds were built into, closed; copy it, never open it. */
    private static synchronized Path built() {
        if (built == null) {
            try {
                Path root = Files.createTempDirectory("policykg-seeds");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> StoreFiles.delete(root)));
                Path dir = root.resolve("built");
                problems = new ProblemLog();
                try (Tdb2Store s = Tdb2Store.open(dir)) {
                    new BuildPipeline(GAZETTEER).build(List.of(SEEDS), s, problems, false, line -> {});
                }
                built = dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return built;
    }

    /** The seed store, open, for tests that only read it. */
    public static synchronized Tdb2Store get() {
        if (store == null) {
            Path dir = copy(built().resolveSibling("shared"));
            store = Tdb2Store.open(dir);
        }
        return store;
    }

    /**
     * A folder holding the seed store for tests that run read-only commands through the CLI (each
     * command opens and closes it). Never open it in a test and never write to it: use {@link #copy}.
     */
    public static synchronized Path cliStore() {
        if (cli == null) cli = copy(built().resolveSibling("cli"));
        return cli;
    }

    /** A copy of the built seed store at {@code target} (which must not exist yet), for a test that changes it. */
    public static Path copy(Path target) {
        Path from = built();
        try {
            StoreFiles.copy(from, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the seed store to " + target, e);
        }
        return target;
    }

    public static ProblemLog problems() {
        built();
        return problems;
    }

    /** Runs a query file of the project's queries/ folder on the seed store, with its header's default parameters. */
    public static ResultTable query(String name) {
        return query(name, Map.of());
    }

    public static ResultTable query(String name, Map<String, String> params) {
        try {
            String sparql = Files.readString(Path.of("queries", name));
            var binding = QueryParameters.bind(QueryHeader.parse(sparql), params, false, get().dataset());
            return new QueryRunner(get().dataset()).select(QueryRunner.parse(sparql), binding, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResultTable select(String sparql) {
        return new QueryRunner(get().dataset()).select(QueryRunner.parse(sparql), 0);
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
