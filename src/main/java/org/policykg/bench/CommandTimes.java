package org.policykg.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.policykg.cli.PolicyKg;

/**
 * Times reading commands on a store, in one JVM, so the figures are the command's own work (open
 * the store, run, print) without the JVM's start: every canned query of {@code queries/} with its
 * default parameters, then {@code stats}, and each extra command line given. Each is run once to
 * warm up, then three times: the minimum and median of the wall time, and of the thread's CPU time
 * (which a busy machine does not inflate), for BENCHMARKS.md.
 *
 * <pre>java -cp target/policykg.jar org.policykg.bench.CommandTimes STORE ["trace TASK" "search WORDS" …]</pre>
 * With {@code --only} after the store, only the command lines given are timed.
 */
public final class CommandTimes {

    /** The command runs on this thread: its CPU time is the command's, whatever else the machine runs. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CommandTimes STORE [\"COMMAND ARGS\" …]");
            System.exit(2);
        }
        String store = args[0];
        boolean only = args.length > 1 && args[1].equals("--only");
        List<List<String>> commands = new ArrayList<>();
        if (!only) {
            try (Stream<Path> files = Files.list(Path.of("queries"))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted()
                        .forEach(n -> commands.add(List.of("query", n.substring(0, n.length() - 3), "--format", "tsv")));
            }
            commands.add(List.of("stats"));
        }
        for (int i = only ? 2 : 1; i < args.length; i++) commands.add(Arrays.asList(args[i].split(" ")));
        for (List<String> command : commands) time(command, store);
    }

    private static void time(List<String> command, String store) {
        List<String> line = new ArrayList<>(command);
        line.add("--store");
        line.add(store);
        String[] argv = line.toArray(String[]::new);
        run(argv);
        double[] seconds = new double[3];
        double[] cpu = new double[3];
        int rows = 0;
        int exit = 0;
        for (int i = 0; i < seconds.length; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            LineCount out = new LineCount();
            exit = PolicyKg.execute(argv, new PrintStream(out, false, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
            seconds[i] = (System.nanoTime() - start) / 1e9;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            rows = out.lines;
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        System.out.printf("%-40s min %6.2f s  median %6.2f s  CPU min %6.2f s  median %6.2f s  (%d lines, exit %d)%n",
                String.join(" ", command), seconds[0], seconds[1], cpu[0], cpu[1], rows, exit);
    }

    private static void run(String[] argv) {
        PolicyKg.execute(argv, new PrintStream(new LineCount()), new PrintStream(new ByteArrayOutputStream()));
    }

    /** Counts the lines a command prints and keeps none: a national store's tables run to hundreds of megabytes. */
    private static final class LineCount extends OutputStream {
        private int lines;

        @Override
        public void write(int b) {
            if (b == '\n') lines++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) if (b[i] == '\n') lines++;
        }
    }
}
