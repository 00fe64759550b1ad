package org.policykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.policykg.extract.CorpusMetadata;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.problem.Problem;
import org.policykg.problem.ProblemLog;
import org.policykg.rdf.UnitIriRegistry;
import org.policykg.store.StampedGraph;
import org.policykg.store.StoreException;
import org.policykg.store.StoredVersion;
import org.policykg.store.Tdb2Store;

/**
 * Loads many documents. They are independent, so a bounded pool reads, extracts and maps them in
 * parallel while the caller's thread writes: a batch of documents per write transaction (one TDB2
 * journal sync and one Lucene commit per batch, not per document), while the next batch is
 * extracted. A batch is bounded by quads ({@link BuildOptions#batchQuads()}), not by documents: what
 * a transaction costs on disk depends on the blocks it touches, and a year of small documents would
 * otherwise write many small transactions. All that can fail about a document fails before the
 * write; should a batch's write fail all the same, its documents are written one at a time, so
 * only the one at fault keeps its previous graph.
 */
final class BatchLoad {

    private final Gazetteer gazetteer;
    private final CorpusMetadata metadata;
    private final BuildOptions options;
    private final UnaryOperator<StampedGraph> content;

    /** What the load did; {@code names} are the file names among the inputs (what --prune keeps). */
    record Result(int built, int unchanged, int failed, Set<String> names) {}

    /** @param content what is written for a graph: tests use it to fail one document's write half-way */
    BatchLoad(Gazetteer gazetteer, CorpusMetadata metadata, BuildOptions options, UnaryOperator<StampedGraph> content) {
        this.gazetteer = gazetteer;
        this.metadata = metadata;
        this.options = options;
        this.content = content;
    }

    /** @param units the store's unit IRIs: documents mapped in parallel share it (it is synchronised) */
    Result load(List<Path> files, Tdb2Store store, UnitIriRegistry units, ProblemLog problems, Consumer<String> lines,
                Progress progress, BuildState state) {
        Map<String, StoredVersion> stored = store.storedVersions();
        ThreadLocal<DocumentPreparer> preparers = ThreadLocal.withInitial(() -> new DocumentPreparer(gazetteer, metadata));
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "policykg-extract");
            t.setDaemon(true);
            return t;
        });
        Tally tally = new Tally(problems, lines, state);
        Set<String> names = new HashSet<>();
        // The first batch is as many documents as are extracted at once, each next one at most twice
        // the last, so the writer starts as soon as the first documents are ready instead of waiting
        // for a whole budget of quads (50 documents written as one batch took 1.65 times
        // tdb2.tdbloader's time, BENCHMARKS.md); the quad budget ends a batch first once it has grown.
        int limit = options.threads();
        // Documents prepared ahead of the writer: enough to fill the next batch while this one is
        // written, so at most about two budgets of quads are held.
        int window = limit + 2 * options.threads();
        Deque<Future<PreparedDocument>> pending = new ArrayDeque<>();
        List<PreparedDocument> batch = new ArrayList<>();
        long quads = 0;
        try {
            int next = 0;
            for (int i = 0; i < files.size(); i++) {
                for (; next < files.size() && pending.size() < window; next++) {
                    Path path = files.get(next);
                    pending.add(names.add(path.getFileName().toString())
                            ? pool.submit(() -> preparers.get().prepare(path, options, stored, store::taskCount, units))
                            : CompletableFuture.completedFuture(sameName(path)));
                }
                progress.document(i + 1, files.size(), files.get(i));
                PreparedDocument doc = await(pending.poll());
                batch.add(doc);
                quads += doc.size();
                if (batch.size() >= limit || quads >= options.batchQuads()) {
                    write(batch, quads, store, tally, progress);
                    limit = 2 * batch.size();
                    window = batch.size() + 2 * options.threads();
                    batch = new ArrayList<>();
                    quads = 0;
                }
            }
            write(batch, quads, store, tally, progress);
        } finally {
            pool.shutdownNow();
        }
        return new Result(tally.built, tally.unchanged, tally.failed, names);
    }

    private static PreparedDocument sameName(Path path) {
        return PreparedDocument.failed(path, List.of(Problem.error(path.toString(),
                "another input has the same file name " + path.getFileName() + ", and documents are known by their file name",
                "rename one of them")));
    }

    private static PreparedDocument await(Future<PreparedDocument> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while reading the documents");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Writes the batch's ready documents in one write transaction (which also drops the previous
     * versions of those it replaces), then reports every document of it in input order.
     * TDB2's bulk loader, tried per batch, was five times slower than this at 100× (BENCHMARKS.md):
     * each batch is a separate bulk load that sorts into indexes already large.
     */
    private void write(List<PreparedDocument> batch, long quads, Tdb2Store store, Tally tally, Progress progress) {
        if (batch.isEmpty()) return; // the inputs ended with the last batch
        long start = System.nanoTime();
        List<PreparedDocument> ready = batch.stream().filter(d -> d.outcome() == PreparedDocument.Outcome.READY).toList();
        Map<Path, PreparedDocument> failedAtWrite = new LinkedHashMap<>();
        write(ready, store, failedAtWrite);
        for (PreparedDocument doc : batch) tally.add(failedAtWrite.getOrDefault(doc.path(), doc));
        progress.written(ready.size(), quads, System.nanoTime() - start);
    }

    private void write(List<PreparedDocument> docs, Tdb2Store store, Map<Path, PreparedDocument> failedAtWrite) {
        if (docs.isEmpty()) return;
        RuntimeException failure = writeFailure(docs, store);
        if (failure == null) return;
        // Something no check foresaw: find the document at fault by writing each alone.
        for (PreparedDocument doc : docs) {
            RuntimeException alone = docs.size() == 1 ? failure : writeFailure(List.of(doc), store);
            if (alone != null) failedAtWrite.put(doc.path(), doc.failedWith(DocumentPreparer.couldNotBuild(doc.path(), alone)));
        }
    }

    /**
     * @return null, or why the write failed for a reason of the documents' (the store is then as it was); a store failure is thrown
     */
    private RuntimeException writeFailure(List<PreparedDocument> docs, Tdb2Store store) {
        try {
            store.replaceGraphs(docs.stream().map(d -> content.apply(d.graph())).toList());
            return null;
        } catch (StoreException e) {
            throw e; // the store, not the documents: the next batch would fail the same way
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** Counts outcomes and tells them, in input order. */
    private static final class Tally {
        private final ProblemLog problems;
        private final Consumer<String> lines;
        private final BuildState state;
        int built;
        int unchanged;
        int failed;

        Tally(ProblemLog problems, Consumer<String> lines, BuildState state) {
            this.problems = problems;
            this.lines = lines;
            this.state = state;
        }

        void add(PreparedDocument doc) {
            doc.problems().forEach(problems::add);
            switch (doc.outcome()) {
                case READY -> { built++; state.built(doc.path()); lines.accept(doc.path() + ": built"); }
                case UNCHANGED -> { unchanged++; state.unchanged(doc.path()); lines.accept(doc.path() + ": unchanged"); }
                case FAILED -> failed++;
            }
        }
    }
}
