package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.model.DocumentKind;

/** What a document is when its title is not at hand: the openings of real reports and notices. */
class DocumentKindClassifierTest {

    private final DocumentKindClassifier classifier = new DocumentKindClassifier();

    private DocumentKind untitled(String... opening) {
        return classifier.classify(null, List.of(), List.of(opening), String.join("\n", opening));
    }

    @Test
    void theSpeakersFormulaMakesAWorkReport() {
        // 宝安区 2017: no 各位代表 before it, one report section after it.
        assertEquals(DocumentKind.WORK_REPORT, untitled("现在，我代表宝安区人民政府向大会作工作报告，请予审议，并请各位政协委员和其他列席人员提出意见。",
                "2016年工作回顾", "过去一年，我们在市委市政府和区委的坚强领导下，统筹推进“五位一体”总体布局。"));
        // 深圳市 2001: 各位代表, and no section named as later reports name them.
        assertEquals(DocumentKind.WORK_REPORT, untitled("各位代表：", "现在，我代表深圳市人民政府，向大会作政府工作报告，请予审议。",
                "一、“九五”时期简要回顾和2000年经济社会发展基本情况"));
    }

    @Test
    void aReportOnHowWorkWentOpensWithReportingAsFollows() {
        assertEquals(DocumentKind.PROGRESS_REPORT, untitled("现将有关情况报告如下：", "一、2021年主要工作情况",
                "（一）深入学习贯彻习近平法治思想，法治政府建设在党的正确领导下全面铺开"));
    }

    @Test
    void aNoticeThatIssuesAListStaysANotice() {
        assertEquals(DocumentKind.DECOMPOSITION_NOTICE, untitled("各区人民政府，市政府各部门：",
                "现将《2023年市政府工作报告重点任务分解》印发给你们，请认真贯彻执行，并将落实情况报告市政府。",
                "1.新增城镇就业5万人以上。(牵头单位：市人社局)"));
    }

    @Test
    void aReportsPlanYearIsWhatItSaysItPlans() {
        assertEquals(2026, PlanYearResolver.plannedYear("一、2025年和“十四五”时期工作回顾\n二、2026年工作安排\n"));
        assertEquals(2016, PlanYearResolver.plannedYear("2016年经济社会发展主要预期目标是：地区生产总值增长8%。"));
        assertEquals(2021, PlanYearResolver.plannedYear("圆满完成2020年工作任务。做好2021年政府工作，要坚持稳中求进。"));
        assertNull(PlanYearResolver.plannedYear("一、2015年主要工作回顾"));
        assertNull(PlanYearResolver.plannedYear("到2025年主要预期目标基本实现。"));
    }
}
