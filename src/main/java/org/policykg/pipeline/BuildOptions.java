package org.policykg.pipeline;

/**
 * How a build treats its inputs and the store.
 * @param strict a document with any problem is not stored
 * @param force a document that now yields no tasks replaces a version that had some
 * @param prune documents the store holds that are no longer among the inputs are removed
 * @param reindex the text index is rebuilt whole from the store
 * @param maxBytes the largest document read; larger files are refused without being read
 * @param threads how many documents are read and extracted at once
 * @param batchQuads the quads a write transaction gathers: documents join a batch until it holds this
 *     many (a document larger than that is a batch of its own)
 */
public record BuildOptions(boolean strict, boolean force, boolean prune, boolean reindex, long maxBytes, int threads,
                           int batchQuads) {

    /**
     * 20 MB: fifty times the largest seed (the seeds are 7–60 KB, real notices rarely pass 1 MB),
     * and about two minutes of reading on a busy machine (BENCHMARKS.md).
     */
    public static final long DEFAULT_MAX_BYTES = 20L << 20;

    /**
     * About a million quads per write transaction, whatever the documents' sizes: each transaction
     * copies every B+tree block it touches, and in a national store's large trees a batch touches
     * nearly all of them, so the number of transactions, not of documents, sets the disk written
     * (BENCHMARKS.md, "Load beside tdb2.tdbloader"). Held twice in memory (the batch written and the
     * next one prepared), at a few hundred bytes a quad.
     */
    public static final int DEFAULT_BATCH_QUADS = 1_000_000;

    public BuildOptions {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        if (batchQuads < 1) throw new IllegalArgumentException("a batch must hold at least 1 quad, not " + batchQuads);
    }

    /** The options of a build that reads as many documents at once as the machine has cores. */
    public BuildOptions(boolean strict, boolean force, boolean prune, boolean reindex, long maxBytes) {
        this(strict, force, prune, reindex, maxBytes, Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH_QUADS);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(false, false, false, false, DEFAULT_MAX_BYTES);
    }

    public BuildOptions strict(boolean value) {
        return new BuildOptions(value, force, prune, reindex, maxBytes, threads, batchQuads);
    }

    public BuildOptions threads(int value) {
        return new BuildOptions(strict, force, prune, reindex, maxBytes, value, batchQuads);
    }

    public BuildOptions batchQuads(int value) {
        return new BuildOptions(strict, force, prune, reindex, maxBytes, threads, value);
    }
}
