package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.model.ExtractedDocument;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.read.DocumentReader;
import org.policykg.read.SourceFile;

/**
 * The main expected targets of a report stated over several sentences (as 宁夏's 2025 report
 * does), and a range written with its unit after both bounds (福建 2025).
 */
class ExpectedTargetsReaderTest {

    private final DocumentExtractor extractor = new DocumentExtractor(SeedStore.GAZETTEER);

    private List<String> goals(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceFile file = new SourceFile(Path.of("report.txt"), "report.txt", bytes, "0");
        ExtractedDocument doc = extractor.extract(file, new DocumentReader().lines(file), ProblemHandler.lenient(new ProblemLog()));
        return doc.goalTargets().stream().map(t -> t.asWritten() + " " + t.comparator()).toList();
    }

    private static String report(String goals) {
        return "政府工作报告\n——2025年1月14日在宁夏回族自治区第十三届人民代表大会第三次会议上\n自治区主席 张雨浦\n各位代表：\n"
                + "现在，我代表自治区人民政府，向大会报告工作，请予审议。\n二、2025年工作总体要求和主要预期目标\n" + goals + "\n";
    }

    @Test
    void targetsGoOnOverTheSentencesThatStateMoreRates() {
        assertEquals(List.of("5.5%左右 ABOUT", "6.5%左右 ABOUT", "6%以上 AT_LEAST", "2%左右 ABOUT"), goals(report(
                "主要预期目标是：地区生产总值增长5.5%左右。规上工业增加值增长6.5%左右，固定资产投资增长6%以上，居民消费价格涨幅控制在2%左右。"
                        + "“十四五”资源能源消耗等任务全面完成。上述目标，综合考虑了宏观形势，经过努力是可以实现的。全年计划实施项目2900个。")));
    }

    @Test
    void aSentenceThatLooksBackAtTheTargetsEndsThem() {
        assertEquals(List.of("5.5%左右 ABOUT"), goals(report(
                "主要预期目标是：地区生产总值增长5.5%左右。实现上述目标，要推动投资增长6%以上。")));
    }

    @Test
    void aRangeWithItsUnitTwiceIsOneTarget() {
        assertEquals(List.of("5.0%—5.5% RANGE", "5%左右 ABOUT"), goals(report(
                "今年经济社会发展的主要预期目标是：全省地区生产总值增长5.0%—5.5%，固定资产投资增长5%左右。")));
    }
}
