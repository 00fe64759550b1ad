package org.policykg.pipeline;

/**
 * How a build treats its inputs and the store.
 * @param strict a document with any problem is not stored
 * @param force a document that now yields no tasks replaces a version that had some
 * @param prune documents the store holds that are no longer among the inputs are removed
 * @param reindex the text index is rebuilt whole from the store
 * @param maxBytes the largest document read; larger files are refused without being read
 * @param threads how many documents are read and extracted at once
 * @param batch the most documents written in one transaction
 */
public record BuildOptions(boolean strict, boolean force, boolean prune, boolean reindex, long maxBytes, int threads, int batch) {

    /**
     * 20 MB: fifty times the largest seed (the seeds are 7–60 KB, real notices rarely pass 1 MB),
     * and about two minutes of reading on a busy machine (BENCHMARKS.md).
     */
    public static final long DEFAULT_MAX_BYTES = 20L << 20;

    /**
     * 64 documents per write transaction: each commit syncs TDB2's journal and Lucene's index, which
     * cost more than a seed-sized document's writes; more gains little (BENCHMARKS.md, "National scale").
     */
    public static final int DEFAULT_BATCH = 64;

    public BuildOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        if (batch < 1) throw new IllegalArgumentException("batch must be at least 1, not " + batch);
    }

    /** The options of a build that reads as many documents at once as the machine has cores. */
    public BuildOptions(boolean strict, boolean force, boolean prune, boolean reindex, long maxBytes) {
        this(strict, force, prune, reindex, maxBytes, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(false, false, false, false, DEFAULT_MAX_BYTES);
    }

    public BuildOptions strict(boolean value) {
        return new BuildOptions(value, force, prune, reindex, maxBytes, threads, batch);
    }

    public BuildOptions threads(int value) {
        return new BuildOptions(strict, force, prune, reindex, maxBytes, value, batch);
    }

    public BuildOptions batch(int value) {
        return new BuildOptions(strict, force, prune, reindex, maxBytes, threads, value);
    }
}
