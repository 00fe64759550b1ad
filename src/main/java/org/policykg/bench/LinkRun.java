package org.policykg.bench;

import java.nio.file.Path;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.link.LinkStage;
import org.policykg.pipeline.StoreCounts;
import org.policykg.store.Tdb2Store;

/**
 * The link stage alone on a store already loaded (e.g. by {@code ScaleRun … load}), timed, for
 * BENCHMARKS.md: accepted links by kind, ms per task and the heap's peak. It replaces the store's links.
 *
 * <pre>java -Xmx4g -cp target/policykg.jar org.policykg.bench.LinkRun STORE</pre>
 */
public final class LinkRun {

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: LinkRun STORE");
            System.exit(2);
        }
        HeapWatch heap = new HeapWatch();
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]), Tdb2Store.Mode.WRITE)) {
            long tasks = StoreCounts.of(store.dataset()).tasks();
            LinkStage.Counts counts = new LinkStage(Gazetteer.load()).run(store);
            double seconds = counts.time().toMillis() / 1000.0;
            System.out.printf("%d tasks; links: %s%n", tasks, counts);
            System.out.printf("link: %.1f s, %.2f ms per task; %s%n", seconds, 1000 * seconds / Math.max(1, tasks), heap.describe());
        }
    }
}
