package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The terminal display: stage, n/N documents and an estimate from the average so far, on one rewritten line. */
class ProgressTest {

    @Test
    void documentsWithAnEstimateOnOneLine() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        long[] now = {0};
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> now[0]);
        progress.stage("collecting inputs");
        progress.document(1, 50, Path.of("in/a.txt"));
        now[0] = 4_000_000_000L; // 2 s per document so far
        progress.document(3, 50, Path.of("in/c.txt"));
        progress.done();
        String shown = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(-1, shown.indexOf('\n'), "one line, rewritten in place");
        String[] frames = shown.split("\r");
        assertEquals("collecting inputs …", frames[1]);
        assertEquals("reading 1/50 documents: a.txt", frames[2].strip());
        assertEquals("reading 3/50 documents, about 1 min 36 s left: c.txt", frames[3].strip());
        assertTrue(frames[frames.length - 1].isBlank(), "cleared at the end");
    }

    @Test
    void anInterruptedBuildSaysWhatWasKeptAndWhatToRun() {
        BuildState state = new BuildState();
        state.built(Path.of("a.txt"));
        state.unchanged(Path.of("b.txt"));
        state.linking();
        assertEquals("interrupted: 1 document(s) built and 1 unchanged are stored; the link stage was cut short, so the store keeps"
                + " the previous links whole (run 'policykg build' again: stored documents are skipped, the rest are read and linked)",
                state.interrupted());
    }
}
