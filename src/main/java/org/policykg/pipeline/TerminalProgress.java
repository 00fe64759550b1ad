package org.policykg.pipeline;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * One line on a terminal, rewritten in place: the stage, n/N documents and an estimate of the time
 * left, from the average so far. Only for terminals: a script or CI log gets nothing of it.
 */
public final class TerminalProgress implements Progress {

    private final PrintStream out;
    private final LongSupplier clock;
    private long started = -1;
    private int lastWidth;

    public TerminalProgress(PrintStream out) {
        this(out, System::nanoTime);
    }

    TerminalProgress(PrintStream out, LongSupplier clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public void stage(String name) {
        show(name + " …");
    }

    @Override
    public void document(int n, int total, Path path) {
        long now = clock.getAsLong();
        if (started < 0) started = now;
        String estimate = "";
        if (n > 1) {
            double perDocument = (now - started) / 1e9 / (n - 1);
            estimate = String.format(", about %s left", seconds(perDocument * (total - n + 1)));
        }
        show(String.format("reading %d/%d documents%s: %s", n, total, estimate, path.getFileName()));
    }

    @Override
    public void done() {
        if (lastWidth > 0) out.print("\r" + " ".repeat(lastWidth) + "\r");
        out.flush();
        lastWidth = 0;
    }

    static String seconds(double s) {
        if (s < 60) return Math.round(s) + " s";
        return (long) (s / 60) + " min " + Math.round(s % 60) + " s";
    }

    private void show(String line) {
        String padded = line.length() < lastWidth ? line + " ".repeat(lastWidth - line.length()) : line;
        out.print("\r" + padded);
        out.flush();
        lastWidth = line.length();
    }
}
