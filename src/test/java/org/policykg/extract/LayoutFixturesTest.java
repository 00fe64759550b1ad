package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.model.ExtractedDocument;
import org.policykg.model.Task;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.read.DocumentReader;
import org.policykg.read.SourceFile;

/**
 * Layouts real notices use that the seeds lack, each in a small fixture written from the issue's
 * descriptions. Rows are "list:task role level name-as-written → canonical unit".
 */
class LayoutFixturesTest {

    private static final String HEADER = "黄石市人民政府办公室关于印发2022年市政府重点工作责任分解的通知\n\n2022年市政府重点工作责任分解\n";

    private final DocumentExtractor extractor = new DocumentExtractor(SeedStore.GAZETTEER);

    private ExtractedDocument extract(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceFile file = new SourceFile(Path.of("fixture.txt"), "fixture.txt", bytes, "0");
        return extractor.extract(file, new DocumentReader().lines(file), ProblemHandler.lenient(new ProblemLog()));
    }

    private static List<String> rows(ExtractedDocument doc) {
        return doc.lists().stream().flatMap(l -> l.tasks().stream().flatMap(t -> t.responsibilities().stream().map(r ->
                l.index() + ":" + t.number() + " " + r.role().label() + " " + (r.level() == null ? "-" : r.level().label())
                        + " " + r.nameAsWritten() + " → " + r.unit().canonicalName()))).toList();
    }

    private static List<String> texts(ExtractedDocument doc) {
        return doc.lists().stream().flatMap(l -> l.tasks().stream()).map(Task::text).toList();
    }

    @Test
    void unitsAfterTheSentenceWithNoBrackets() {
        ExtractedDocument doc = extract(HEADER + """
                1.推进城市更新,完成老旧小区改造57个。牵头单位:市住建局;责任单位:市发改委、市财政局
                2.新增停车泊位1万个以上。责任单位:市城管委
                """);
        assertEquals(List.of(
                "1:1 lead - 市住建局 → 黄石市住建局",
                "1:1 cooperating - 市发改委 → 黄石市发改委",
                "1:1 cooperating - 市财政局 → 黄石市财政局",
                "1:2 responsible - 市城管委 → 黄石市城管委"), rows(doc));
        assertEquals(List.of("推进城市更新,完成老旧小区改造57个。", "新增停车泊位1万个以上。"), texts(doc));
    }

    @Test
    void oneFieldPerLineUnderTheTask() {
        ExtractedDocument doc = extract(HEADER + """
                1.加快棋盘洲综合保税区建设,确保按期高质量建成封关运营。
                牵头单位:市商务局
                配合单位:黄石海关、市发改委
                2.推进智慧口岸建设。
                牵头单位:市商务局
                """);
        assertEquals(List.of(
                "1:1 lead - 市商务局 → 黄石市商务局",
                "1:1 cooperating - 黄石海关 → 黄石市海关",
                "1:1 cooperating - 市发改委 → 黄石市发改委",
                "1:2 lead - 市商务局 → 黄石市商务局"), rows(doc));
        assertEquals("加快棋盘洲综合保税区建设,确保按期高质量建成封关运营。", texts(doc).get(0));
    }

    @Test
    void aUnitLineUnderANumberedItemMakesItATask() {
        ExtractedDocument doc = extract("""
                下陆区人民政府办公室关于印发2023年区政府工作报告重点任务分解的通知
                一、主要预期目标
                (一)地区生产总值增长7%以上
                责任单位:区发展和改革局
                (二)城镇新增就业5000人以上
                责任单位:区人力资源和社会保障局
                二、重点工作
                1.推进长乐山工业园区建设。[责任单位:长乐山工业园区]
                """);
        assertEquals(List.of(
                "1:一 responsible - 区发展和改革局 → 下陆区发展和改革局",
                "1:二 responsible - 区人力资源和社会保障局 → 下陆区人力资源和社会保障局",
                "1:1 responsible - 长乐山工业园区 → 长乐山工业园管理委员会"), rows(doc));
        assertEquals(List.of("地区生产总值增长7%以上", "城镇新增就业5000人以上", "推进长乐山工业园区建设。"), texts(doc));
    }

    @Test
    void leadersArePostsNotUnits() {
        ExtractedDocument doc = extract(HEADER + """
                1.推进城市更新。(责任领导:张三;牵头单位:市住建局;配合单位:市财政局)
                2.优化营商环境。[牵头领导:王副市长;牵头单位:市政务服务和大数据管理局]
                """);
        assertEquals(List.of(
                "1:1 lead - 市住建局 → 黄石市住建局",
                "1:1 cooperating - 市财政局 → 黄石市财政局",
                "1:2 lead - 市政务服务和大数据管理局 → 黄石市政务服务和大数据局"), rows(doc));
        List<Task> tasks = doc.lists().get(0).tasks();
        assertEquals(List.of("张三"), tasks.get(0).leaders());
        assertEquals(List.of("王副市长"), tasks.get(1).leaders());
    }

    @Test
    void aListEndingInDengAndBracketsOfEveryKind() {
        ExtractedDocument doc = extract(HEADER + """
                1.推进项目建设。[牵头单位:市发改委;配合单位:市财政局、市自然资源和规划局等]
                2.推进项目建设。【牵头单位:市发改委】
                3.推进项目建设。（牵头单位：市发改委；配合单位：各县（市、区）政府）
                4.推进项目建设。〔牵头单位:市发改委〕
                5.推进项目建设。[牵头单位:市发改委;配合单位:市统计局
                """);
        assertEquals(List.of(
                "1:1 lead - 市发改委 → 黄石市发改委",
                "1:1 cooperating - 市财政局 → 黄石市财政局",
                "1:1 cooperating - 市自然资源和规划局 → 黄石市自然资源和规划局",
                "1:2 lead - 市发改委 → 黄石市发改委",
                "1:3 lead - 市发改委 → 黄石市发改委",
                "1:3 cooperating - 各县（市、区）政府 → 各县(市、区)政府",
                "1:4 lead - 市发改委 → 黄石市发改委",
                "1:5 lead - 市发改委 → 黄石市发改委",
                "1:5 cooperating - 市统计局 → 黄石市统计局"), rows(doc));
    }

    @Test
    void aTableFlattenedIntoOneCellPerLine() {
        ExtractedDocument doc = extract(HEADER + """
                序号
                工作任务
                牵头单位
                配合单位
                1
                推进城市更新,完成老旧小区改造131个
                市住建局
                市发改委、市财政局
                2
                新增停车泊位6000个
                市城管委
                市公安局
                """);
        assertEquals(List.of(
                "1:1 lead - 市住建局 → 黄石市住建局",
                "1:1 cooperating - 市发改委 → 黄石市发改委",
                "1:1 cooperating - 市财政局 → 黄石市财政局",
                "1:2 lead - 市城管委 → 黄石市城管委",
                "1:2 cooperating - 市公安局 → 黄石市公安局"), rows(doc));
        assertEquals(List.of("推进城市更新,完成老旧小区改造131个", "新增停车泊位6000个"), texts(doc));
    }

    @Test
    void traditionalCharactersMatchButNamesStayAsWritten() {
        ExtractedDocument doc = extract("""
                黃石市人民政府辦公室關於印發2022年市政府重點工作責任分解的通知
                1.推進城市更新。[牽頭單位:市住建局;配合單位:市發改委、各縣(市、區)政府]
                """);
        assertEquals(List.of(
                "1:1 lead - 市住建局 → 黄石市住建局",
                "1:1 cooperating - 市發改委 → 黄石市发改委",
                "1:1 cooperating - 各縣(市、區)政府 → 各县(市、区)政府"), rows(doc));
        assertEquals("420200", doc.info().jurisdiction().code());
        assertEquals(6, doc.lists().get(0).tasks().get(0).responsibilities().get(2).unit().members().size());
    }

    @Test
    void theNoticesOwnAttachmentListAndFormTemplatesAreNotTasks() {
        ExtractedDocument doc = extract("""
                武昌区人民政府办公室关于印发责任分解方案的通知
                各街道办事处:
                附件:1.2023年区《政府工作报告》确定的主要目标任务责任分解方案
                2. XX单位《政府工作报告》工作联络人员名单
                附件1
                2023年区《政府工作报告》确定的主要目标任务责任分解方案
                一、经济社会发展的主要预期目标
                1.地区生产总值增长6.5%。(责任单位:区发改局)
                2.社会消费品零售总额增长7%。(责任单位:区商务局)[牵头单位:区商务局]调整结构。
                附件2
                XX(单位)《政府工作报告》工作联络人员名单
                1.姓名
                2.职务
                """);
        assertEquals(1, doc.lists().size());
        assertEquals(List.of("1:1 responsible - 区发改局 → 武昌区发改局", "1:2 responsible - 区商务局 → 武昌区商务局"), rows(doc));
        assertEquals("2023年区《政府工作报告》确定的主要目标任务责任分解方案", doc.lists().get(0).title());
    }

    @Test
    void dashHeadingsOpenASubsection() {
        ExtractedDocument doc = extract(HEADER + """
                一、扩大有效投资
                ——推进重大项目建设
                1.开工亿元以上项目50个。[牵头单位:市发改委]
                ——强化要素保障
                2.新增建设用地2000亩。[牵头单位:市自然资源和规划局]
                """);
        List<Task> tasks = doc.lists().get(0).tasks();
        assertEquals("一、扩大有效投资 / ——推进重大项目建设", tasks.get(0).section());
        assertEquals("一、扩大有效投资 / ——强化要素保障", tasks.get(1).section());
        assertEquals(List.of("1:1 lead - 市发改委 → 黄石市发改委", "1:2 lead - 市自然资源和规划局 → 黄石市自然资源和规划局"), rows(doc));
    }

    @Test
    void aHeadingGluedAfterAClauseOpensTheNextSubsection() {
        ExtractedDocument doc = extract(HEADER + """
                一、突出优势互补
                1.推动城际铁路“公交化”运营。[牵头单位:市交通运输局;配合单位:市城发集团]导入万亿产业链。
                2.对标“光芯屏端网”,精准制定黄石产业招商图。[牵头单位:市招商服务中心]
                """);
        List<Task> tasks = doc.lists().get(0).tasks();
        assertEquals("一、突出优势互补", tasks.get(0).section());
        assertEquals("推动城际铁路“公交化”运营。", tasks.get(0).text());
        assertEquals("一、突出优势互补 / 导入万亿产业链。", tasks.get(1).section());
    }
}
