package org.policykg.link;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.policykg.SeedStore;
import org.policykg.store.Tdb2Store;

/**
 * The linker's cost on a built store, in CPU time of the linking thread as well as wall time, so that
 * runs on a shared machine can be compared (BENCHMARKS.md). Links twice: the first run pays for
 * HanLP's dictionaries and the JIT, the second is the steady cost.
 *
 * <pre>
 * java -Xmx4g -cp target/test-classes:target/classes:$(cat cp.txt) org.policykg.link.LinkTiming STORE
 * </pre>
 */
public final class LinkTiming {

    private LinkTiming() {}

    public static void main(String[] args) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
            CorpusReader corpus = new CorpusReader(store.dataset());
            List<LinkTask> tasks = corpus.tasks();
            List<Linker.ReportParagraph> paragraphs = corpus.paragraphs(CorpusReader.reportsOf(tasks));
            Linker linker = new Linker(SeedStore.GAZETTEER);
            for (String run : List.of("first", "second")) {
                long c = cpu.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                int links = linker.link(tasks, paragraphs).size();
                double cpuMs = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
                double wallMs = (System.nanoTime() - w) / 1e6;
                System.out.printf("%s run: %d tasks, %d links, CPU %.0f ms (%.2f ms per task), wall %.0f ms%n",
                        run, tasks.size(), links, cpuMs, cpuMs / tasks.size(), wallMs);
            }
        }
    }
}
