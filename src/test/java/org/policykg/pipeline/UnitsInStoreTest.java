package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.query.ResultTable;

/** Units as the seeds store them: merged variants keep every written name; collectives are marked. */
class UnitsInStoreTest {

    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/policykg/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX org: <http://www.w3.org/ns/org#>
            """;

    private static List<String> writtenNames(String canonical) {
        ResultTable t = SeedStore.select(PREFIXES + "SELECT ?w WHERE { ?u skos:prefLabel \"" + canonical
                + "\"@zh ; pkg:writtenName ?w } ORDER BY ?w");
        return t.rows().stream().map(r -> r.get(0)).toList();
    }

    @Test
    void mergedUnitsKeepEveryWrittenName() {
        assertEquals(List.of("区市场监管局", "区市监局"), writtenNames("下陆区市场监管局"));
        assertEquals(List.of("下陆区自规分局", "下陆自规分局"), writtenNames("下陆区自规分局"));
        assertEquals(List.of("下陆区生态环境分局", "下陆生态环境分局"), writtenNames("下陆区生态环境分局"));
        assertEquals(List.of("区民企发展促进中心", "区民营企业发展促进中心"), writtenNames("下陆区民营企业发展促进中心"));
        assertEquals(List.of("区人民政府各部门", "区政府各部门"), writtenNames("武昌区政府各部门"));
        assertEquals(List.of("区人力资源局", "区人资局"), writtenNames("武昌区人力资源局"));
        assertEquals(List.of("市东楚投资集团", "市东楚集团"), writtenNames("黄石市东楚集团"));
        assertEquals(List.of("市医保局", "市医疗保障局"), writtenNames("黄石市医保局"));
        assertEquals(List.of("市政务服务和大数据局", "市政务服务和大数据管理局"), writtenNames("黄石市政务服务和大数据局"));
    }

    @Test
    void wuhanAndHuangshiDevelopmentCommissionsStayTwo() {
        ResultTable t = SeedStore.select(PREFIXES + """
                SELECT DISTINCT ?u ?name WHERE { ?u pkg:writtenName "市发改委"@zh ; skos:prefLabel ?name } ORDER BY ?name""");
        assertEquals(List.of("武汉市发改委", "黄石市发改委"), t.rows().stream().map(r -> r.get(1)).toList());
    }

    @Test
    void collectivesAreMarkedAndHuangshiCountyGovernmentsListSixMembers() {
        ResultTable t = SeedStore.select(PREFIXES + """
                SELECT ?member WHERE { ?c a pkg:Collective ; pkg:writtenName "各县(市、区)政府"@zh ;
                  pkg:jurisdiction/skos:notation "420200" ; org:hasMember/skos:prefLabel ?member } ORDER BY ?member""");
        assertEquals(List.of("下陆区政府", "大冶市政府", "西塞山区政府", "铁山区政府", "阳新县政府", "黄石港区政府"),
                t.rows().stream().map(r -> r.get(0)).toList());
        ResultTable collectives = SeedStore.select(PREFIXES + """
                SELECT ?name WHERE { ?c a pkg:Collective ; pkg:unitKind <https://w3id.org/policykg/concept#collective> ; skos:prefLabel ?name } ORDER BY ?name""");
        List<String> names = collectives.rows().stream().map(r -> r.get(0)).toList();
        assertEquals(23, names.size());
        assertEquals(true, names.containsAll(List.of("各街办(园区)", "相关市政府部门", "各镇街", "鄂城区直各部门",
                "黄石市疫情防控指挥部成员单位", "全市“擦亮小城镇”建设美丽乡镇联席会议成员单位")));
    }
}
