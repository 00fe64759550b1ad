package org.policykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policykg.pipeline.BuildPipeline;
import org.policykg.problem.ProblemLog;
import org.policykg.store.Tdb2Store;

/**
 * The notices of the whole country (the copy of the development corpus in src/test/resources) built
 * once per test run and shared, open, by the tests that only read it: the accuracy scores and the
 * reasoner's check.
 */
public final class NoticeCorpusStore {

    public static final Path CORPUS = Path.of("src/test/resources/corpus/notices");

    private static Tdb2Store store;
    private static ProblemLog problems;

    private NoticeCorpusStore() {}

    /** The built corpus, open; never write to it. */
    public static synchronized Tdb2Store get() {
        if (store == null) {
            try {
                Path root = Files.createTempDirectory("policykg-notices");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> SeedStore.delete(root)));
                ProblemLog log = new ProblemLog();
                Tdb2Store s = Tdb2Store.open(root.resolve("store"));
                new BuildPipeline(SeedStore.GAZETTEER).build(List.of(CORPUS), s, log, false, line -> {});
                problems = log;
                store = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** What the build of the corpus reported. */
    public static synchronized ProblemLog problems() {
        get();
        return problems;
    }
}
