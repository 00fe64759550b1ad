package org.policykg.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.pipeline.BuildOptions;
import org.policykg.pipeline.BuildPipeline;
import org.policykg.pipeline.BuildState;
import org.policykg.pipeline.BuildSummary;
import org.policykg.pipeline.Progress;
import org.policykg.problem.ProblemLog;
import org.policykg.store.Tdb2Store;

/**
 * One build of a large corpus, timed stage by stage for BENCHMARKS.md: load (read … store), link,
 * compaction, the store's disk use (as {@code du -sk} counts TDB2's sparse files) before and after
 * compaction, and the heap's peak.
 *
 * <pre>java -Xmx4g -cp target/policykg.jar org.policykg.bench.ScaleRun CORPUS STORE [THREADS [BATCH_QUADS [load]]]</pre>
 *
 * THREADS and BATCH_QUADS default to the build's ({@code --threads}, {@code --batch-quads}); {@code -} keeps the default.
 *
 * With {@code load}, the build is stopped when loading ends (no link, no compaction): for measuring
 * the load path alone.
 */
public final class ScaleRun {

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: ScaleRun CORPUS STORE [THREADS [BATCH_QUADS [load]]]  (- for a default)");
            System.exit(2);
        }
        HeapWatch heap = new HeapWatch();
        Path store = Path.of(args[1]);
        BuildOptions options = BuildOptions.defaults();
        if (args.length > 2 && !args[2].equals("-")) options = options.threads(Integer.parseInt(args[2]));
        if (args.length > 3 && !args[3].equals("-")) options = options.batchQuads(Integer.parseInt(args[3]));
        StageClock clock = new StageClock(store, args.length > 4 && args[4].equals("load"));
        ProblemLog problems = new ProblemLog();
        BuildSummary s;
        try (Tdb2Store kg = Tdb2Store.open(store)) {
            s = new BuildPipeline(Gazetteer.load()).build(List.of(Path.of(args[0])), kg, problems, options, line -> {}, clock, new BuildState());
        } catch (LoadDone e) {
            clock.seconds().forEach((stage, seconds) -> System.out.printf("%-24s %8.1f s%n", stage, seconds));
            System.out.printf("  of which writing        %8.1f s (the rest: waiting for extraction)%n", clock.writing / 1e9);
            System.out.println(clock.batches(options));
            System.out.printf("store: %,d KB; %s%n", diskKilobytes(store), heap.describe());
            // the writer is this thread; the rest of the CPU is extraction, the text index's thread, GC and JIT
            System.out.printf("CPU: writer thread %.1f s, whole process %.1f s%n",
                    ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9,
                    ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                            .getProcessCpuTime() / 1e9);
            return;
        }
        clock.stage("closed");
        System.out.println(clock.batches(options));
        System.out.printf("documents built %d, failed %d; %d tasks, %d triples; problems: %d error(s), %d warning(s)%n",
                s.built(), s.failed(), s.store().tasks(), s.store().triples(), s.errors(), s.warnings());
        clock.seconds().forEach((stage, seconds) -> System.out.printf("%-24s %8.1f s%n", stage, seconds));
        System.out.printf("  of which writing        %8.1f s (the rest: waiting for extraction)%n", clock.writing / 1e9);
        double link = clock.seconds().getOrDefault("linking", 0.0);
        System.out.printf("link: %.2f ms per task (%s)%n", 1000 * link / Math.max(1, s.store().tasks()), s.links());
        System.out.printf("store before compaction: %,d KB; after: %,d KB%n", clock.sizeBeforeCompaction, diskKilobytes(store));
        System.out.println(heap.describe());
    }

    /** Stops a load-only run where linking would begin. */
    private static final class LoadDone extends RuntimeException {
        LoadDone() {
            super("load done", null, false, false);
        }
    }

    /** Times each stage from its start to the next one's; the loading stage starts at the first document. */
    private static final class StageClock implements Progress {
        private final Path store;
        private final boolean loadOnly;
        private final List<String> stages = new ArrayList<>();
        private final List<Long> starts = new ArrayList<>();
        long sizeBeforeCompaction;
        long writing;
        int transactions;
        long quads;
        long largest;

        StageClock(Path store, boolean loadOnly) {
            this.store = store;
            this.loadOnly = loadOnly;
        }

        @Override
        public void stage(String name) {
            if (loadOnly && name.equals("linking")) {
                mark(name);
                throw new LoadDone();
            }
            if (name.equals("compacting")) sizeBeforeCompaction = diskKilobytes(store);
            mark(name);
        }

        @Override
        public void document(int n, int total, Path path) {
            if (n == 1) mark("loading");
        }

        @Override
        public void written(int documents, long quads, long nanos) {
            writing += nanos;
            if (documents == 0) return; // nothing ready in the batch: no transaction
            transactions++;
            this.quads += quads;
            largest = Math.max(largest, quads);
        }

        String batches(BuildOptions options) {
            return String.format("threads %d, batch budget %,d quads: %,d write transactions, %,d quads, largest %,d",
                    options.threads(), options.batchQuads(), transactions, quads, largest);
        }

        @Override
        public void done() {
            if (!stages.contains("done")) mark("done");
        }

        private void mark(String name) {
            stages.add(name);
            starts.add(System.nanoTime());
        }

        Map<String, Double> seconds() {
            Map<String, Double> seconds = new LinkedHashMap<>();
            for (int i = 0; i + 1 < stages.size(); i++) seconds.put(stages.get(i), (starts.get(i + 1) - starts.get(i)) / 1e9);
            return seconds;
        }
    }

    /** Disk use as du counts it: TDB2's index files are sparse, so their length says little. */
    static long diskKilobytes(Path dir) {
        try {
            Process du = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            try (InputStream in = du.getInputStream()) {
                String out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
                return Long.parseLong(out.split("\\s+")[0]);
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }
}
