package org.policykg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.policykg.pipeline.BuildPipeline;
import org.policykg.problem.ProblemLog;
import org.policykg.store.StoreFiles;
import org.policykg.store.Tdb2Store;

/**
 * The notices of the whole country (the copy of the development corpus in src/test/resources) built
 * once per test run and shared, open, by the tests that only read it: the accuracy scores and the
 * reasoner's check. Built when first asked for (the holder class loads then).
 */
public final class NoticeCorpusStore {

    public static final Path CORPUS = Path.of("src/test/resources/corpus/notices");

    private NoticeCorpusStore() {}

    /** The built corpus, open; never write to it. */
    public static Tdb2Store get() {
        return Built.STORE;
    }

    /** What the build of the corpus reported. */
    public static ProblemLog problems() {
        return Built.PROBLEMS;
    }

    private static final class Built {
        static final ProblemLog PROBLEMS = new ProblemLog();
        static final Tdb2Store STORE = build(PROBLEMS);

        private static Tdb2Store build(ProblemLog problems) {
            try {
                Path root = Files.createTempDirectory("policykg-notices");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> StoreFiles.delete(root)));
                Tdb2Store store = Tdb2Store.open(root.resolve("store"));
                new BuildPipeline(SeedStore.GAZETTEER).build(List.of(CORPUS), store, problems, false, line -> {});
                return store;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
