package org.policykg.pipeline;

import java.nio.file.Path;

/** Told where a build is, for a display on a terminal. */
public interface Progress {

    /** Starting a stage of the build ("reading", "linking", "compacting"). */
    void stage(String name);

    /** About to build document {@code n} of {@code total}. */
    void document(int n, int total, Path path);

    /**
     * A batch of {@code documents} holding {@code quads} was written to the store in one transaction
     * of {@code nanos}: what a benchmark tells apart from extraction.
     */
    default void written(int documents, long quads, long nanos) {}

    /** The build is over; a display clears its line. */
    void done();

    Progress NONE = new Progress() {
        @Override public void stage(String name) {}
        @Override public void document(int n, int total, Path path) {}
        @Override public void done() {}
    };
}
