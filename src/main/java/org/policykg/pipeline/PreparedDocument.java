package org.policykg.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.policykg.problem.Problem;
import org.policykg.store.StampedGraph;

/**
 * A document read, extracted and mapped, waiting to be written with its batch; or why it will not be.
 * @param graph the document's new graph (null unless ready)
 * @param problems what was found while preparing it, reported when its batch is written
 */
record PreparedDocument(Path path, Outcome outcome, StampedGraph graph, List<Problem> problems) {

    enum Outcome { READY, UNCHANGED, FAILED }

    static PreparedDocument ready(Path path, StampedGraph graph, List<Problem> problems) {
        return new PreparedDocument(path, Outcome.READY, graph, problems);
    }

    static PreparedDocument unchanged(Path path, List<Problem> problems) {
        return new PreparedDocument(path, Outcome.UNCHANGED, null, problems);
    }

    static PreparedDocument failed(Path path, List<Problem> problems) {
        return new PreparedDocument(path, Outcome.FAILED, null, problems);
    }

    /** The number of quads held for it. */
    int size() {
        return graph == null ? 0 : graph.quads().size();
    }

    /** The same document, failed at writing: the problem joins those found while preparing it. */
    PreparedDocument failedWith(Problem problem) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.add(problem);
        return failed(path, List.copyOf(all));
    }
}
