package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;
import org.policykg.problem.ProblemLog;
import org.policykg.query.ResultTable;
import org.policykg.query.QueryRunner;
import org.policykg.store.Tdb2Store;

/** Issue 12: task numbers of any size, and bracket nesting that cannot make extraction slower than linear. */
class LargeNoticeTest {

    private final BuildPipeline pipeline = new BuildPipeline(SeedStore.GAZETTEER);

    /** A query of the project's queries/ folder, run on {@code store}. */
    static ResultTable query(Tdb2Store store, String name) throws IOException {
        String sparql = Files.readString(Path.of("queries", name));
        return new QueryRunner(store.dataset()).select(QueryRunner.parse(sparql), 0);
    }

    @Test
    void aNoticeOf1200TasksStoresEveryOne(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("2023年重点工作任务分解方案\n一、重点工作\n");
        for (int i = 1; i <= 1200; i++) {
            text.append(i).append(".推进第").append(i).append("项重点工作。\n牵头单位:区发改局\n配合单位:区财政局\n");
        }
        Path notice = dir.resolve("in/big.txt");
        Files.createDirectories(notice.getParent());
        Files.writeString(notice, text, StandardCharsets.UTF_8);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            pipeline.build(List.of(notice), store, new ProblemLog(), false, line -> {});
            ResultTable tasks = query(store, "tasks.rq");
            assertEquals(1200, tasks.rows().size());
            assertEquals("1200", tasks.rows().get(1199).get(2));
            assertEquals("推进第1200项重点工作。", tasks.rows().get(1199).get(4));
            ResultTable units = query(store, "responsibilities.rq");
            assertEquals(2400, units.rows().size());
        }
    }

    @Test
    void unclosedUnitBracketsRepeatedAreReadInLinearTime() {
        // 20,000 unclosed (由市发改委、 in one task: every 由 may open a running list, each read is bounded
        String text = "1.推进" + "(由市发改委、".repeat(20_000) + ")";
        var normaliser = new org.policykg.normalise.TextNormaliser();
        var lines = List.of(new org.policykg.segment.Line(1, 0, normaliser.normalise(text)));
        var outline = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new org.policykg.segment.TaskSegmenter().segment(lines));
        assertEquals(1, outline.lists().get(0).tasks().size());
    }

    @Test
    void deepBracketNestingIsReadInLinearTime(@TempDir Path dir) throws IOException {
        // 1,000,000 unclosed 〔 (3 MB): nesting is capped, so every scan stays linear.
        String deep = "〔".repeat(1_000_000);
        Path notice = dir.resolve("deep.txt");
        Files.writeString(notice, "重点工作分解方案\n1.推进工作" + deep + "(责任单位:区发改局)\n2.推进工作(牵头单位:区财政局)\n", StandardCharsets.UTF_8);
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            assertTimeoutPreemptively(Duration.ofSeconds(60), () ->
                    pipeline.build(List.of(notice), store, new ProblemLog(), false, line -> {}));
            ResultTable units = query(store, "responsibilities.rq");
            assertTrue(units.rows().stream().anyMatch(r -> r.get(5).equals("区财政局")), units.rows().toString());
        }
    }
}
