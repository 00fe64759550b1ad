package org.policykg.pipeline;

import java.time.Duration;

/** What a build did: documents built, unchanged and failed, and what the store holds after it. */
public record BuildSummary(int built, int unchanged, int failed, int skipped, org.policykg.link.LinkStage.Counts links,
                           StoreCounts store, long warnings, long errors, Duration time) {

    public boolean partial() {
        return failed > 0;
    }
}
