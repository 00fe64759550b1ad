package org.policykg.pipeline;

/**
 * How a build treats its inputs and the store.
 * @param strict a document with any problem is not stored
 * @param force a document that now yields no tasks replaces a version that had some
 * @param prune documents the store holds that are no longer among the inputs are removed
 * @param reindex the text index is rebuilt whole from the store
 * @param maxBytes the largest document read; larger files are refused without being read
 */
public record BuildOptions(boolean strict, boolean force, boolean prune, boolean reindex, long maxBytes) {

    /**
     * 20 MB: fifty times the largest seed (the seeds are 7–60 KB, real notices rarely pass 1 MB),
     * and about two minutes of reading on a busy machine (BENCHMARKS.md).
     */
    public static final long DEFAULT_MAX_BYTES = 20L << 20;

    public static BuildOptions defaults() {
        return new BuildOptions(false, false, false, false, DEFAULT_MAX_BYTES);
    }

    public BuildOptions strict(boolean value) {
        return new BuildOptions(value, force, prune, reindex, maxBytes);
    }
}
