package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policykg.SeedStore;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.Jurisdiction;
import org.policykg.model.UnitKind;
import org.policykg.model.UnitRef;
import org.policykg.rdf.Iris;

class UnitResolverTest {

    private static final Gazetteer G = SeedStore.GAZETTEER;
    private static final Jurisdiction XIALU = G.byCode("420204").orElseThrow();
    private static final Jurisdiction WUCHANG = G.byCode("420106").orElseThrow();
    private static final Jurisdiction HUANGSHI = G.byCode("420200").orElseThrow();
    private static final Jurisdiction ECHENG = G.byCode("420704").orElseThrow();

    private final UnitResolver resolver = new UnitResolver(G);

    private String iri(String name, Jurisdiction context) {
        return Iris.unit(resolver.resolve(name, context));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
        "区市场监管局, 区市监局, 420204",
        "区民营企业发展促进中心, 区民企发展促进中心, 420204",
        "下陆区自规分局, 下陆自规分局, 420204",
        "下陆区生态环境分局, 下陆生态环境分局, 420204",
        "区人力资源局, 区人资局, 420106",
        "区政府各部门, 区人民政府各部门, 420204",
        "市政务服务和大数据局, 市政务服务和大数据管理局, 420200",
        "市东楚投资集团, 市东楚集团, 420200",
        "市医保局, 市医疗保障局, 420200",
        "大冶市政府, 大冶市人民政府, 420200",
        "老街办, 老下陆街道办事处, 420204",
        "水果湖街道办事处, 水果湖街道, 420106",
    })
    void variantsOfOneUnitResolveToOneIri(String a, String b, String context) {
        Jurisdiction j = G.byCode(context).orElseThrow();
        assertEquals(iri(a, j), iri(b, j));
    }

    @Test
    void theSameNameInTwoCitiesIsTwoUnits() {
        UnitRef wuhan = resolver.resolve("市发改委", WUCHANG);
        UnitRef huangshi = resolver.resolve("市发改委", HUANGSHI);
        assertNotEquals(Iris.unit(wuhan), Iris.unit(huangshi));
        assertEquals("武汉市发改委", wuhan.canonicalName());
        assertEquals("420100", wuhan.jurisdiction().code());
        assertEquals("黄石市发改委", huangshi.canonicalName());
    }

    @Test
    void unitsTakeTheJurisdictionTheirNameSays() {
        assertEquals("420106", resolver.resolve("区卫健局", WUCHANG).jurisdiction().code());
        assertEquals("420100", resolver.resolve("市城建局", WUCHANG).jurisdiction().code());
        assertEquals("420000", resolver.resolve("省财政厅", WUCHANG).jurisdiction().code());
        assertEquals("420204", resolver.resolve("交巡警下陆大队", XIALU).jurisdiction().code());
        assertEquals("420202", resolver.resolve("黄石港区政府", HUANGSHI).jurisdiction().code());
        assertEquals("420200", resolver.resolve("黄石海关", HUANGSHI).jurisdiction().code());
        assertEquals("420205", resolver.resolve("开发区·铁山区", HUANGSHI).jurisdiction().code());
        assertEquals("420204401", resolver.resolve("长乐山工业园区", XIALU).jurisdiction().code());
    }

    @Test
    void aSecondNameInBracketsIsKeptOnTheSameUnit() {
        UnitRef unit = resolver.resolve("区发改局(区项目办)", XIALU);
        assertEquals(iri("区发改局", XIALU), Iris.unit(unit));
        assertEquals(List.of("区项目办"), unit.aliases());
        assertEquals(List.of("区国资局"), resolver.resolve("区财政局(区国资局)", XIALU).aliases());
        assertEquals(List.of(), resolver.resolve("各街办(园区)", XIALU).aliases());
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "区发改局, GOVERNMENT_DEPARTMENT, 420204",
        "老街办, STREET_OFFICE, 420204",
        "长乐山工业园区, ZONE_COMMITTEE, 420204",
        "花湖开发区, ZONE_COMMITTEE, 420704",
        "长乐投资有限公司, STATE_OWNED_COMPANY, 420204",
        "市城发集团, STATE_OWNED_COMPANY, 420200",
        "区委宣传部, PARTY_ORGAN, 420106",
        "市委文明办, PARTY_ORGAN, 420200",
        "团区委, MASS_ORGANISATION, 420106",
        "区妇联, MASS_ORGANISATION, 420106",
        "下陆区税务分局, BRANCH_OF_HIGHER_AGENCY, 420204",
        "市生态环境局武昌区分局, BRANCH_OF_HIGHER_AGENCY, 420106",
        "大冶市政府, LOWER_LEVEL_GOVERNMENT, 420200",
        "西塞山区政府, LOWER_LEVEL_GOVERNMENT, 420200",
        "市停车场及新能源汽车配套设施建设工作领导小组, COORDINATION_BODY, 420106",
        "区法院, JUDICIAL_ORGAN, 420704",
        "各县(市、区)政府, COLLECTIVE, 420200",
        "相关市政府部门, COLLECTIVE, 420200",
        "各街办(园区), COLLECTIVE, 420204",
        "市大气污染防治指挥部成员单位, COLLECTIVE, 420200",
    })
    void kinds(String name, UnitKind kind, String context) {
        assertEquals(kind, resolver.resolve(name, G.byCode(context).orElseThrow()).kind());
    }

    @Test
    void countyGovernmentsOfHuangshiAreTheSixCountyLevelGovernments() {
        UnitRef collective = resolver.resolve("各县(市、区)政府", HUANGSHI);
        assertTrue(collective.isCollective());
        assertEquals(List.of("黄石港区政府", "西塞山区政府", "下陆区政府", "铁山区政府", "阳新县政府", "大冶市政府"),
                collective.members().stream().map(UnitRef::canonicalName).toList());
        assertEquals(Iris.unit(resolver.resolve("大冶市政府", HUANGSHI)), Iris.unit(collective.members().get(5)));
    }

    @Test
    void streetCollectivesNameTheStreetsOfTheDistrict() {
        UnitRef streets = resolver.resolve("各街办(园区)", XIALU);
        assertEquals(List.of("团城山街道办事处", "新下陆街道办事处", "老下陆街道办事处", "东方山街道办事处", "长乐山工业园管理委员会"),
                streets.members().stream().map(UnitRef::canonicalName).toList());
        assertEquals(Iris.unit(resolver.resolve("老街办", XIALU)), Iris.unit(streets.members().get(2)));
        assertTrue(resolver.resolve("各镇街", ECHENG).members().size() >= 10);
        assertEquals(List.of(), resolver.resolve("相关县(市、区)政府", HUANGSHI).members(), "相关… names no one in particular");
    }

    @Test
    void cityDistrictGovernmentsAreTheDistrictsOnly() {
        assertEquals(List.of("黄石港区政府", "西塞山区政府", "下陆区政府", "铁山区政府"),
                resolver.resolve("各城区政府", HUANGSHI).members().stream().map(UnitRef::canonicalName).toList());
    }
}
