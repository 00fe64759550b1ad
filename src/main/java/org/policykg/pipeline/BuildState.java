package org.policykg.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a running build has done, read by another thread (the interrupt handler) to tell the user
 * what was kept and what to run again.
 */
public final class BuildState {

    private final List<Path> built = new ArrayList<>();
    private int unchanged;
    private boolean linking;
    private boolean linked;

    synchronized void built(Path path) {
        built.add(path);
    }

    synchronized void unchanged(Path path) {
        unchanged++;
    }

    synchronized void linking() {
        linking = true;
    }

    synchronized void linked() {
        linked = true;
    }

    /** What an interrupted build kept, and what to run. */
    public synchronized String interrupted() {
        if (linked) return "interrupted after linking: the store is complete; 'policykg build' compacts it";
        String kept = built.size() + " document(s) built and " + unchanged + " unchanged are stored";
        String links = linking ? "; the link stage was cut short, so the store keeps the previous links whole"
                : "; the store keeps the previous links";
        return "interrupted: " + kept + links + " (run 'policykg build' again: stored documents are skipped, the rest are read and linked)";
    }
}
