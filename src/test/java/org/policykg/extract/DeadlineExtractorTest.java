package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineExtractorTest {

    private final DeadlineExtractor extractor = new DeadlineExtractor();

    /** phrase start end governs, or phrase open governs. Plan year 2023, issued 2022 (as 000). */
    private List<String> deadlines(String text) {
        return extractor.extract(text, 2023, 2022).stream().map(f -> f.phrase() + " "
                + (f.openEnded() ? "open" : f.start() + " " + f.end()) + " " + f.governs()).map(String::strip).toList();
    }

    @Test
    void relativePhrasesCountFromTheIssueYear() {
        assertEquals(List.of("明年7月份 2023-07-01 2023-07-31 仓储物流区", "明年11月份 2023-11-01 2023-11-30 商业引导区",
                "明年年底 2023-12-31 2023-12-31 一期核心区"),
                deadlines("确保仓储物流区明年7月份建成、商业引导区明年11月份建成,并实现一期核心区明年年底满园运营。"));
        assertEquals(List.of("明年一季度 2023-01-01 2023-03-31 项目开工"), deadlines("以明年一季度实现项目开工为目标"));
    }

    @Test
    void quartersHalvesAndYearEnds() {
        assertEquals(List.of("一季度 2023-01-01 2023-03-31 完成签约"), deadlines("一季度完成签约。"));
        assertEquals(List.of("四季度末 2023-12-31 2023-12-31 建成投用"), deadlines("四季度末建成投用。"));
        assertEquals(List.of("上半年 2023-01-01 2023-06-30 开工"), deadlines("上半年开工。"));
        assertEquals(List.of("下半年 2023-07-01 2023-12-31 投产"), deadlines("下半年投产。"));
        assertEquals(List.of("年底前 2023-12-31 2023-12-31 完成改造"), deadlines("年底前完成改造。"));
        assertEquals(List.of("年内 2023-01-01 2023-12-31 建成"), deadlines("年内建成。"));
        assertEquals(List.of("6月底 2023-06-30 2023-06-30 完成"), deadlines("6月底完成。"));
    }

    @Test
    void absoluteDates() {
        assertEquals(List.of("2023年2月28日前 2023-02-28 2023-02-28 各责任单位"), deadlines("各责任单位于2023年2月28日前将名单报区政府督查室。"));
        assertEquals(List.of("2024年底 2024-12-31 2024-12-31 完成"), deadlines("2024年底全面完成。"));
        assertEquals(List.of("2023年第二季度 2023-04-01 2023-06-30"), deadlines("从2023年第二季度起,每季度报送。"));
    }

    @Test
    void openEndedWordingHasNoDate() {
        assertEquals(List.of("持续推进 open 生态文明示范区建设"), deadlines("持续推进生态文明示范区建设。"));
        assertEquals(List.of("常态化 open 科学精准抓好"), deadlines("科学精准抓好常态化疫情防控。"));
    }

    @Test
    void agesAndNamesAreNoDates() {
        assertEquals(List.of(), deadlines("围绕武昌古城建城1800年,策划举办系列活动。"));
        assertEquals(List.of(), deadlines("新增3岁以下婴幼儿托位,提供30天免费游泳服务,为12个月以上幼儿。"));
    }

    /**
     * Text with no punctuation made every phrase scan back to the start of the text (quadratic:
     * a 200 MB input ran for hours). The clause a phrase governs is looked for within a bounded span.
     */
    @Test
    void textWithoutPunctuationIsReadInLinearTime() {
        String unit = "推进项目建设2023年3月底完成";
        String text = unit.repeat(10_000); // 170,000 characters, 10,000 phrases, no delimiter
        List<DeadlineExtractor.Found> found = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> extractor.extract(text, 2023, 2022));
        assertEquals(10_000, found.size());
        DeadlineExtractor.Found last = found.get(found.size() - 1);
        assertEquals("2023年3月底", last.phrase());
        assertEquals(java.time.LocalDate.of(2023, 3, 31), last.end());
        org.junit.jupiter.api.Assertions.assertTrue(last.governs().length() <= DeadlineExtractor.MAX_CLAUSE, last.governs());
        org.junit.jupiter.api.Assertions.assertTrue(last.governs().endsWith("完成推进项目建设"), last.governs());
    }
}
