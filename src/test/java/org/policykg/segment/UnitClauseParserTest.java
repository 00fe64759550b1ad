package org.policykg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitClauseParserTest {

    private final UnitClauseParser parser = new UnitClauseParser();

    private static List<String> units(String text, ParsedClause clause) {
        return clause.units().stream().map(n -> n.role().label() + (n.level() == null ? "" : "/" + n.level().label())
                + " " + text.substring(n.start(), n.end())).toList();
    }

    @Test
    void responsibleBesideALeadIsCooperating() {
        String text = "1.推动产业链长制。(牵头单位:区发展改革和经济信息化局;责任单位:区招商和投资促进中心、区卫健局,各镇街、花湖开发区)";
        ParsedClause c = parser.parse(text);
        assertEquals(List.of("lead 区发展改革和经济信息化局", "cooperating 区招商和投资促进中心", "cooperating 区卫健局",
                "cooperating 各镇街", "cooperating 花湖开发区"), units(text, c));
        assertEquals("1.推动产业链长制。", text.substring(0, c.bodyEnd()));
    }

    @Test
    void levelQualifiersAndAnEmptyFieldBeforeANestedLabel() {
        String text = "56.建成海绵城市55平方公里。(市级牵头单位:市城建局;责任单位:区级牵头单位:区建设局)";
        assertEquals(List.of("lead/city 市城建局", "lead/district 区建设局"), units(text, parser.parse(text)));
    }

    @Test
    void subItemsGiveTheUnionOfTheirUnits() {
        String text = "33.创新产业园区运营机制。(其中,创新工业园区运营机制〈市级牵头单位:市经信局;区级牵头单位:区科经局〉;"
                + "创新服务业集聚区园区运营机制〈市级牵头单位:市发改委;区级牵头单位:区发改局、区科经局〉)";
        ParsedClause c = parser.parse(text);
        assertEquals(List.of("lead/city 市经信局", "lead/district 区科经局", "lead/city 市发改委", "lead/district 区发改局",
                "lead/district 区科经局"), units(text, c));
        assertEquals("33.创新产业园区运营机制。", text.substring(0, c.bodyEnd()));
    }

    @Test
    void aStrayClosingBracketIsNotPartOfTheName() {
        String text = "87.推进。[牵头单位:市农业农村局;配合单位:相关市政府部门、相关县(市、区)政府)]激发农村发展活力。";
        ParsedClause c = parser.parse(text);
        assertEquals(List.of("lead 市农业农村局", "cooperating 相关市政府部门", "cooperating 相关县(市、区)政府"), units(text, c));
        assertEquals("激发农村发展活力。", c.trailing());
    }

    @Test
    void noClauseMeansNoUnits() {
        ParsedClause c = parser.parse("5.坚持因城施策,改善预期。");
        assertEquals(List.of(), c.units());
        assertEquals(false, c.hasClause());
    }
}
