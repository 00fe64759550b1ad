package org.policykg.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.normalise.TextNormaliser;

/**
 * The notations of issue 9, each on a made-up example (not the corpus's wording): unit clauses with
 * and without labels, role words, running text, stated lead rules, leader groups, lead headings,
 * glued text and tables.
 */
class NotationsTest {

    private final UnitClauseParser parser = new UnitClauseParser();
    private final TextNormaliser normaliser = new TextNormaliser();

    /** "role name" for each unit, the name as written (traditional characters stay). */
    private List<String> units(String raw) {
        var text = normaliser.normalise(raw);
        ParsedClause c = parser.parse(text.text());
        return c.units().stream().map(n -> n.role().label() + " " + text.originalSlice(n.start(), n.end())).toList();
    }

    private Outline outline(String text) {
        List<Line> lines = new ArrayList<>();
        int offset = 0;
        int number = 1;
        for (String l : text.split("\n", -1)) {
            lines.add(new Line(number++, offset, normaliser.normalise(l)));
            offset += l.length() + 1;
        }
        return new TaskSegmenter().segment(lines);
    }

    /** "list/number body | role unit, … | leaders" for each task. */
    private static List<String> tasks(Outline o) {
        List<String> out = new ArrayList<>();
        for (RawList l : o.lists()) {
            for (RawTask t : l.tasks()) {
                String text = t.text().text();
                List<String> u = t.clause().units().stream().map(n -> n.role().label() + " " + t.text().originalSlice(n.start(), n.end())).toList();
                List<String> lead = t.clause().leaders().stream().map(n -> t.text().originalSlice(n.start(), n.end())).toList();
                out.add(l.index() + "/" + t.number() + " " + t.originalBody() + " | " + String.join(", ", u) + (lead.isEmpty() ? "" : " | " + String.join(", ", lead)));
            }
        }
        return out;
    }

    @Test
    void bracketsWithoutLabelsAreReadByWhatTheirItemsAre() {
        assertEquals(List.of("responsible 县交通局"), units("1.修建公路。(县交通局负责)"));
        assertEquals(List.of("responsible 县水利局", "responsible 县农业局"), units("2.治理河道(由县水利局、县农业局负责)。"));
        assertEquals(List.of("responsible 市民政局", "responsible 各县区政府"), units("3.建设养老院(市民政局,各县区政府)。"));
        assertEquals(List.of(), units("4.地区生产总值(GDP)增长6%。"));
        assertEquals(List.of(), units("5.推进改革(含试点)。"));
        assertEquals(List.of(), units("6.工业投资增长8%(含开发区)。"));
    }

    @Test
    void roleWordsGiveRoles() {
        assertEquals(List.of("lead 市商务局", "cooperating 市财政局", "cooperating 市税务局"), units("1.稳外贸。(市商务局牵头,市财政局、市税务局配合)"));
        assertEquals(List.of("lead 市卫健委", "cooperating 市医保局"), units("2.医改。(市卫健委主办,市医保局协办)"));
        assertEquals(List.of("lead 市住建局", "lead 市城管局"), units("3.治理违建。(市住建局、市城管局牵头落实)"));
        assertEquals(List.of("responsible 市政府各部门"), units("4.抓好落实。(市政府各部门分别负责,年内持续推进)"));
        assertEquals(List.of("lead 市教育局", "cooperating 市人社局", "cooperating 各县市区政府"),
                units("5.办好教育。(市教育局牵头,市人社局及各县市区政府按职责分工负责)"));
    }

    @Test
    void runningTextWithJointWork() {
        assertEquals(List.of("lead 农业农村厅", "cooperating 财政厅", "cooperating 水利厅", "cooperating 部门"),
                units("(一)关于耕地保护的问题,由农业农村厅会同财政厅、水利厅等部门研究提出落实意见。"));
    }

    @Test
    void listsSplitOnAndWhereBothSidesAreOrganisations() {
        assertEquals(List.of("responsible 省直各部门", "responsible 各市人民政府"), units("责任单位:省直各部门和各市人民政府"));
        assertEquals(List.of("responsible 省文化和旅游厅"), units("责任单位:省文化和旅游厅"));
        assertEquals(List.of("responsible 县教育局", "responsible 各乡镇政府"), units("责任单位:县教育局 各乡镇政府"));
        assertEquals(List.of("responsible 市财政局", "responsible 市税务局", "responsible 有关部门"), units("责任单位:市财政局、市税务局等有关部门"));
        assertEquals(List.of("responsible 市财政局", "responsible 各区政府"), units("责任单位:市财政局等,各区政府"));
    }

    @Test
    void traditionalCharactersAndFullWidthPunctuation() {
        assertEquals(List.of("lead 市發改委", "cooperating 市財政局"), units("1.推進項目建設。（市發改委牽頭，市財政局配合）"));
        assertEquals(List.of("lead 市發改委"), units("牽頭單位：市發改委"));
    }

    @Test
    void aClauseThatNamesNoUnitIsReportedNotGuessed() {
        String text = normaliser.normalise("1.推进工作。(2023年负责)").text();
        ParsedClause c = parser.parse(text);
        assertTrue(c.units().isEmpty());
        assertEquals("(2023年负责)", c.unread());
        assertNull(parser.parse("1.推进工作。").unread());
    }

    @Test
    void aStatedRuleMakesTheFirstUnitLeadInTheTasksAfterIt() {
        Outline o = outline("""
                一、目标
                1.增长6%。(由市发改委、市统计局负责。涉及多个部门的,原则上由排名首位的部门牵头负责。下同)
                2.外资增长10%。(由市商务局负责)
                3.出口增长8%。(由市商务局、市海关负责)""");
        assertEquals(List.of("1/1 增长6%。 | lead 市发改委, cooperating 市统计局", "1/2 外资增长10%。 | responsible 市商务局",
                "1/3 出口增长8%。 | lead 市商务局, cooperating 市海关"), tasks(o));
        Outline always = outline("""
                1.增长6%。
                责任单位:市发改委(列第一位的为牵头单位,下同)、市统计局
                2.外资增长10%。
                责任单位:市商务局""");
        assertEquals(List.of("1/1 增长6%。 | lead 市发改委, cooperating 市统计局", "1/2 外资增长10%。 | lead 市商务局"), tasks(always));
        Outline once = outline("""
                1.增长6%。
                责任单位:市发改委(列第一位的为牵头单位)、市统计局
                2.外资增长10%。
                责任单位:市商务局、市海关""");
        assertEquals(List.of("1/1 增长6%。 | lead 市发改委, cooperating 市统计局", "1/2 外资增长10%。 | responsible 市商务局, responsible 市海关"),
                tasks(once));
        Outline noted = outline("""
                注:各项任务中列第一位的为牵头单位。
                1.增长6%。
                责任单位:市发改委、市统计局""");
        assertEquals(List.of("1/1 增长6%。 | lead 市发改委, cooperating 市统计局"), tasks(noted));
    }

    @Test
    void leaderGroupsAndLeadHeadingsGiveEveryTaskBelowItsLeaderAndLead() {
        Outline o = outline("""
                一、张三市长负责的工作
                全面负责市政府工作。
                (一)市审计局牵头的工作
                加强审计监督。
                协同单位:市直各部门。
                (二)市编办牵头的工作
                1.深化机构改革。
                2.推进编制管理。
                二、李四副市长主抓重点工作
                1.稳就业。
                责任单位:市人社局""");
        assertEquals(List.of(
                "1/1 加强审计监督。 | lead 市审计局, cooperating 市直各部门 | 张三市长",
                "2/1 深化机构改革。 | lead 市编办 | 张三市长",
                "2/2 推进编制管理。 | lead 市编办 | 张三市长",
                "3/1 稳就业。 | responsible 市人社局 | 李四副市长"), tasks(o));
    }

    @Test
    void aWholeNoticeOnOneLineIsSplitIntoItsTasks() {
        Outline o = outline("各单位: 现将任务分解如下。 一、主要目标 1、增长6%(市发改委)。 2、投资增长9%(市发改委,各县市区政府)。"
                + " (一)扩大投资。 3、争取项目。(责任单位:市发改委、市财政局)");
        assertEquals(List.of("1/1 增长6% | responsible 市发改委", "1/2 投资增长9% | responsible 市发改委, responsible 各县市区政府",
                "1/3 争取项目。 | responsible 市发改委, responsible 市财政局"), tasks(o));
    }

    @Test
    void subsectionsWithUnitsAreTasksAndSoAreTheirSiblings() {
        Outline o = outline("""
                一、主要目标
                (一)生产总值增长6%。(省发改委负责)(二)财政收入增长5%。(省财政厅主办,省税务局协办)
                (三)城镇新增就业50万人""");
        assertEquals(List.of("1/一 生产总值增长6%。 | responsible 省发改委", "1/二 财政收入增长5%。 | lead 省财政厅, cooperating 省税务局",
                "1/三 城镇新增就业50万人 | "), tasks(o));
    }

    @Test
    void aLinearisedTableIsReadByItsHeaders() {
        Outline o = outline("""
                序号
                重点工作
                牵头单位
                配合单位
                责任领导
                完成时限
                一、产业发展
                1
                建设产业园。
                区工信局
                区发改局、区财政局
                王五
                6月底前
                2
                引进项目20个。
                区招商局
                区工信局
                赵六
                全年""");
        assertEquals(List.of("1/1 建设产业园。 | lead 区工信局, cooperating 区发改局, cooperating 区财政局 | 王五",
                "1/2 引进项目20个。 | lead 区招商局, cooperating 区工信局 | 赵六"), tasks(o));
        RawTask first = o.lists().get(0).tasks().get(0);
        assertEquals("一、产业发展", first.section());
        ParsedClause.Field due = first.clause().fields().get(0);
        assertEquals("6月底前", first.text().text().substring(due.start(), due.end()));
    }

    @Test
    void pipeTablesAndImageNames() {
        Outline o = outline("""
                640.webp.jpg
                序号 | 具体任务 | 责任领导 | 责任单位 | 落实情况 |
                1 | 新建学校2所。 | 孙七 | 县教体局 各乡镇政府 | 已完成。 |""");
        assertEquals(List.of("1/1 新建学校2所。 | responsible 县教体局, responsible 各乡镇政府 | 孙七"), tasks(o));
    }

    @Test
    void parenthesisedAndCircledNumbersAreTasksOrSubItems() {
        Outline o = outline("(1)推进工作。(市发改委负责)\n②建设项目。\n牵头单位:市住建局\n3.统筹推进。\n(1)一是…;\n(2)二是…。\n责任单位:市财政局");
        assertEquals(List.of("1/1 推进工作。 | responsible 市发改委", "1/2 建设项目。 | lead 市住建局",
                "1/3 统筹推进。\n(1)一是…;\n(2)二是…。 | responsible 市财政局"), tasks(o));
    }

    @Test
    void taskNumbersOfAnySize() {
        Outline o = outline("1204.推进工作。\n牵头单位:市发改委\n1205。推进工作。\n牵头单位:市财政局");
        assertEquals(List.of("1/1204 推进工作。 | lead 市发改委", "1/1205 推进工作。 | lead 市财政局"), tasks(o));
        assertNotNull(o);
    }
}
