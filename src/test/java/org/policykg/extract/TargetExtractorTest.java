package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.model.TargetKind;

class TargetExtractorTest {

    private final TargetExtractor extractor = new TargetExtractor();

    private List<String> targets(String text) {
        return extractor.extract(text).stream().map(f -> f.indicator() + " " + f.value().toPlainString()
                + (f.upper() == null ? "" : "-" + f.upper().toPlainString()) + " " + f.unit().written() + " "
                + f.comparator() + " " + f.kind() + (f.aspired() ? " aspired" : "")).toList();
    }

    @Test
    void numeralsArabicChineseAndMixed() {
        assertEquals("12000", ChineseNumerals.parse("1.2", "万").toPlainString());
        assertEquals("33000", ChineseNumerals.parse("3.3", "万").toPlainString());
        assertEquals("106560000000", ChineseNumerals.parse("1065.6", "亿").toPlainString());
        assertEquals("10", ChineseNumerals.parse("十", null).toPlainString());
        assertEquals("2", ChineseNumerals.parse("两", null).toPlainString());
        assertEquals("120", ChineseNumerals.parse("一百二十", null).toPlainString());
        assertEquals("3000", ChineseNumerals.parse("三千", null).toPlainString());
        assertEquals("100000", ChineseNumerals.parse("十", "万").toPlainString());
        assertEquals(List.of("实事 10 件 EXACTLY LEVEL"), targets("办好十件实事。"));
    }

    @Test
    void comparators() {
        assertEquals(List.of("停车泊位 10000 个 AT_LEAST LEVEL"), targets("新增停车泊位1万个以上。"));
        assertEquals(List.of("科技型中小企业 300 家 AT_LEAST LEVEL"), targets("科技型中小企业不少于300家。"));
        assertEquals(List.of("城市污水集中收集率 60 % MORE_THAN SHARE"), targets("城市污水集中收集率超60%。"));
        assertEquals(List.of("城镇登记失业率 4.5 % AT_MOST SHARE"), targets("城镇登记失业率控制在4.5%以内。"));
        assertEquals(List.of("地区生产总值 5 % ABOUT GROWTH_RATE"), targets("地区生产总值增长5%左右;"));
        assertEquals(List.of("企业 1-2 家 RANGE LEVEL", "企业 1-2 家 RANGE LEVEL"), targets("招引落地1-2家企业,引进1至2家企业。"));
        // the unit written after both bounds (福建 2025: 增长5.0%—5.5%) is one range, not two targets
        assertEquals(List.of("全省地区生产总值 5-5.5 % RANGE GROWTH_RATE"), targets("全省地区生产总值增长5.0%—5.5%,根据实际情况争取更好的结果。"));
        // …but a rate then a level in another unit are two targets
        assertEquals(List.of("48 % null", "150 座 null"), extractor.extract("公园数增长48%至150座。").stream()
                .map(f -> f.value().toPlainString() + " " + f.unit().written() + " " + f.upper()).toList());
        assertEquals(List.of("土地资源 200 亩 MORE_THAN LEVEL"), targets("盘活200多亩土地资源。"));
        assertEquals(List.of("市场主体总量 2000000 户 AT_LEAST LEVEL aspired"), targets("力争市场主体总量突破200万户。"));
    }

    @Test
    void unitsFoldTheirMultiplier() {
        assertEquals(List.of("总投资 106560000000 元 EXACTLY LEVEL"), targets("总投资1065.6亿元。"));
        assertEquals(List.of("城镇垃圾处理能力 40000 吨/日 EXACTLY LEVEL"), targets("城镇垃圾处理能力达到4万吨/日。"));
        assertEquals(List.of("创新楼宇 1200000 平方米 AT_LEAST LEVEL"), targets("新建创新楼宇120万平方米以上。"));
    }

    @Test
    void kinds() {
        assertEquals(TargetKind.GROWTH_RATE, extractor.extract("贷款余额增长14%以上。").get(0).kind());
        assertEquals(TargetKind.GROWTH_RATE, extractor.extract("居民消费价格指数控制在3%以内。").get(0).kind());
        assertEquals(TargetKind.SHARE, extractor.extract("农村自来水普及率达到91%以上。").get(0).kind());
        assertEquals(TargetKind.SHARE, extractor.extract("力争占注册企业总数的30%左右。").get(0).kind());
        assertEquals(TargetKind.LEVEL, extractor.extract("完成57个老旧小区改造。").get(0).kind());
        assertEquals("老旧小区改造", extractor.extract("完成57个老旧小区改造。").get(0).indicator());
    }

    @Test
    void distributiveListsGiveOneTargetPerIndicator() {
        assertEquals(List.of("规模以上企业 100 家 EXACTLY LEVEL aspired", "电子信息产值 30000000000 元 AT_LEAST LEVEL aspired",
                "装备制造业产值 40000000000 元 AT_LEAST LEVEL aspired"),
                targets("力争新增规模以上企业100家,电子信息、装备制造业产值分别突破300亿和400亿元。"));
        assertEquals(List.of("高新技术企业 5 家 EXACTLY LEVEL", "科技型中小企业评价入库 160 家 EXACTLY LEVEL"),
                targets("新增高新技术企业5家、科技型中小企业评价入库160家。"));
    }

    @ParameterizedTest(name = "dates and periods: {0}")
    @ValueSource(strings = {"确保仓储物流区明年7月份建成。", "力争2023年新增项目。", "明年一季度实现项目开工。", "全年各项工作落实。"})
    void datesAndPeriodsAreNoTargets(String text) {
        assertEquals(List.of(), targets(text));
    }

    @ParameterizedTest(name = "ordinals and names: {0}")
    @ValueSource(strings = {"高标准推进第五次全国经济普查。", "实施“十四五”规划。", "全面贯彻落实党的二十大精神。", "紧扣区级“133”产业集群。",
            "建成5G全连接工厂。", "实现街道一级“24小时政务小屋”全覆盖。", "推进PM2.5和臭氧协同治理。", "开展“12355关注成长”公益活动。",
            "建成S203黄石至鄂州段。", "开工G106铁山至大冶段改建。", "有力推进“八五”普法进程。", "落实二十条优化措施,执行防疫新十条。",
            "严格落实中央八项规定。", "推动汽车零部件补链。", "根据区十一届人大二次会议。", "做到“两个维护”。"})
    void ordinalsAndNamesAreNoTargets(String text) {
        assertEquals(List.of(), targets(text));
    }

    @ParameterizedTest(name = "document and phone numbers: {0}")
    @ValueSource(strings = {"发文字号黄政办发〔2022〕1号", "武昌政办〔2023〕1号", "政务服务热线:88922225 技术支持电话:88937813",
            "网站技术支持电话:027-60896105", "鄂公网安备 42010602000718号"})
    void documentAndPhoneNumbersAreNoTargets(String text) {
        assertEquals(List.of(), targets(text));
    }

    @ParameterizedTest(name = "specifications inside a name: {0}")
    @ValueSource(strings = {"全力争取引入时速350公里高铁。", "重点跟踪支持大江环科年处理15万吨固废资源化利用项目。",
            "稳妥化解村级债务,力争负债50万元以下的村债务清零。"})
    void specificationsInsideANameAreNoTargets(String text) {
        assertEquals(List.of(), targets(text));
    }
}
