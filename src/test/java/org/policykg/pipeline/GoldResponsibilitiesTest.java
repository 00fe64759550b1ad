package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.query.ResultTable;

/**
 * The contract with the hand-checked gold file: queries/responsibilities.rq on the seeds gives
 * (source, list, task, role, level, unit_as_written) row for row, in order.
 */
class GoldResponsibilitiesTest {

    @Test
    void responsibilitiesQueryEqualsTheGoldFileRowForRow() throws IOException {
        assertTrue(Files.exists(SeedStore.GOLD), "the gold file is read from " + SeedStore.GOLD.toAbsolutePath());
        List<String> gold = Files.readAllLines(SeedStore.GOLD).stream().skip(1)
                .map(line -> line.split("\t", -1))
                .map(c -> String.join("\t", c[0], c[1], c[2], c[4], c[5], c[6]))
                .toList();
        ResultTable table = SeedStore.query("responsibilities.rq");
        assertEquals(List.of("source", "list", "task", "role", "level", "unit_as_written", "unit", "unit_name"), table.columns());
        List<String> ours = table.rows().stream().map(r -> String.join("\t", r.subList(0, 6))).toList();
        assertEquals(1410, gold.size());
        for (int i = 0; i < Math.min(gold.size(), ours.size()); i++) {
            assertEquals(gold.get(i), ours.get(i), "row " + (i + 1));
        }
        assertEquals(gold.size(), ours.size());
    }

    @Test
    void everyResponsibilityHasAUnitIriAndCanonicalName() {
        for (List<String> row : SeedStore.query("responsibilities.rq").rows()) {
            assertTrue(row.get(6).startsWith("https://w3id.org/policykg/id/unit/"), row.toString());
            assertTrue(!row.get(7).isBlank(), row.toString());
        }
    }

    @Test
    void tasksQueryHas484TasksWithTextsAndReports() {
        ResultTable tasks = SeedStore.query("tasks.rq");
        assertEquals(484, tasks.rows().size());
        long distinctTasks = tasks.rows().stream().map(r -> r.get(0) + ":" + r.get(1) + ":" + r.get(2)).distinct().count();
        assertEquals(484, distinctTasks);
        List<String> first = tasks.rows().get(0);
        assertEquals(List.of("000_e666455f3088458b.txt", "1", "1"), first.subList(0, 3));
        assertEquals("一、坚定不移推进融圈入群,构建“四园”并进发展格局 / (一)抓机遇、引龙头,加快建设老鹳庙临空跨境电商产业园", first.get(3));
        assertTrue(first.get(4).startsWith("秉承“深耕一域,做熟一域”的发展思路"), first.get(4));
        assertTrue(first.get(4).endsWith("并实现一期核心区明年年底满园运营。"), first.get(4));
        assertEquals("下陆区2023年政府工作报告", first.get(5));
        assertEquals("下陆区", first.get(6));
        assertTrue(tasks.rows().stream().noneMatch(r -> r.get(4).contains("牵头单位") || r.get(4).contains("责任单位")),
                "task texts carry no unit clause");
    }

    @Test
    void taskCountsPerListMatchTheGoldReadme() {
        ResultTable tasks = SeedStore.query("tasks.rq");
        String counts = tasks.rows().stream()
                .collect(Collectors.groupingBy(r -> r.get(0).substring(0, 3) + ":" + r.get(1), java.util.TreeMap::new, Collectors.counting()))
                .toString();
        assertEquals("{000:1=93, 001:1=13, 001:2=148, 001:3=72, 003:1=14, 004:1=134, 004:2=10}", counts);
    }

    @Test
    void theSeedsLoadWithoutProblems() {
        assertEquals(List.of(), SeedStore.problems().all());
    }
}
