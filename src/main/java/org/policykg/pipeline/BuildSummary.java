package org.policykg.pipeline;

import java.time.Duration;
import org.policykg.link.LinkStage;

/**
 * What a build did: documents built, unchanged, failed and removed, text index entries repaired,
 * whether it relinked and the links the store holds after it, and what the
 * store holds after it, with its size on disk before and after.
 */
public record BuildSummary(int built, int unchanged, int failed, int skipped, int removed, int repaired, boolean relinked, LinkStage.Counts links,
                           StoreCounts store, boolean compacted, long warnings, long errors, Duration time) {

    public boolean partial() {
        return failed > 0;
    }
}
