package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.query.ResultTable;

/**
 * queries/targets.rq on the seeds contains, exactly, every row of the reviewed table: 76 targets
 * read by hand against the documents, covering the five documents, every comparator, kind and unit
 * family, the distributive and 万/亿 cases.
 */
class ReviewedTargetsTest {

    private static final Path REVIEWED = Path.of("src/test/resources/targets/reviewed-targets.tsv");

    @Test
    void everyReviewedTargetIsExtractedExactly() throws IOException {
        List<String> lines = Files.readAllLines(REVIEWED);
        ResultTable table = SeedStore.query("targets.rq");
        assertEquals(String.join("\t", table.columns()), lines.get(0));
        Set<String> ours = table.rows().stream().map(r -> String.join("\t", r)).collect(Collectors.toSet());
        List<String> reviewed = lines.subList(1, lines.size());
        assertEquals(List.of(), reviewed.stream().filter(r -> !ours.contains(r)).toList());
        assertTrue(reviewed.size() >= 60);
    }

    @Test
    void theReviewedTableCoversWhatTheIssueAsks() throws IOException {
        List<String[]> rows = Files.readAllLines(REVIEWED).stream().skip(1).map(l -> l.split("\t", -1)).toList();
        assertEquals(Set.of("000", "001", "002", "003", "004"), rows.stream().map(r -> r[0].substring(0, 3)).collect(Collectors.toSet()));
        assertEquals(Set.of("exactly", "at least", "more than", "at most", "about", "range"), column(rows, 6));
        assertEquals(Set.of("level", "growth rate", "share"), column(rows, 8));
        Set<String> units = column(rows, 5);
        for (String u : List.of("PERCENT", "KiloM", "KiloM2", "M2", "HA", "TONNE-PER-DAY", "CCY_CNY")) {
            assertTrue(units.contains("http://qudt.org/vocab/unit/" + u), u);
        }
        assertTrue(units.containsAll(List.of("个", "家", "所", "条", "座", "套", "户", "人", "人次", "张", "处", "根", "亩")), units.toString());
        assertTrue(rows.stream().anyMatch(r -> r[7].equals("300亿") && r[3].equals("电子信息产值")), "distributive");
        assertTrue(rows.stream().anyMatch(r -> r[7].equals("1065.6亿元") && r[4].equals("106560000000")), "亿");
        assertTrue(rows.stream().anyMatch(r -> r[7].equals("1.2万个") || r[7].equals("12万个")), "万");
    }

    private static Set<String> column(List<String[]> rows, int i) {
        return rows.stream().map(r -> r[i]).collect(Collectors.toSet());
    }

    @Test
    void deadlinesOfTheSeedsResolveToTheirDates() {
        ResultTable t = SeedStore.query("deadlines.rq");
        List<String> rows = t.rows().stream()
                .map(r -> String.join(" ", r.get(0).substring(0, 3), r.get(1), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6)).replaceAll(" +", " ").strip())
                .toList();
        List<String> expected = List.of(
                "000 1 1 明年7月份 2023-07-01 2023-07-31 仓储物流区",
                "000 1 1 明年11月份 2023-11-01 2023-11-30 商业引导区",
                "000 1 1 明年年底 2023-12-31 2023-12-31 一期核心区",
                "000 1 3 明年一季度 2023-01-01 2023-03-31 项目开工",
                "000 1 3 明年一季度 2023-01-01 2023-03-31 新建污水处理厂项目开工",
                "000 1 8 明年四季度 2023-10-01 2023-12-31 开工建设",
                "000 1 15 2023年 2023-01-01 2023-12-31 新增高新技术企业5家",
                "001 2023年2月28日前 2023-02-28 2023-02-28 各责任单位",
                "001 2023年第二季度 2023-04-01 2023-06-30",
                "003 1 13 2024年 2024-01-01 2024-12-31 推动",
                "000 1 45 持续推进 生态文明示范区建设",
                "000 1 55 持续推进 公办幼儿园建设",
                "000 1 75 常态化 科学精准抓好",
                "004 1 22 持续推进 项目攻坚",
                "004 1 122 常态化 开展扫黑除恶斗争");
        assertEquals(List.of(), expected.stream().filter(e -> !rows.contains(e)).toList(), String.join("\n", rows));
        assertTrue(t.rows().stream().filter(r -> r.get(7).equals("true")).allMatch(r -> r.get(4).isEmpty() && r.get(5).isEmpty()),
                "open-ended wording has no date");
    }
}
