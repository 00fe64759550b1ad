package org.policykg.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The canned report queries on the copied 2021/2022/2024 Shenzhen chain, against reviewed values. */
class ReportTargetsTest {

    private static final Path REVIEWED = Path.of("src", "test", "resources", "reports", "reviewed-report-targets.tsv");
    private static final Set<String> EXHAUSTIVE = Set.of("国务院政府工作报告_2021年.txt", "广东省政府工作报告_2021年.txt", "深圳市政府工作报告_2021年.txt");

    @Test
    void reportTargetsListTheReviewedMainExpectedTargetsOf2021() throws IOException {
        List<String> reviewed = Files.readAllLines(REVIEWED).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        assertTrue(reviewed.size() >= 60, "reviewed rows: " + reviewed.size());
        List<String> rows = ReportChainStore.rows(ReportChainStore.query("report-targets.rq", Map.of()),
                "source", "indicator", "value", "comparator", "as_written");
        Set<String> listed = new HashSet<>(rows);
        List<String> missing = reviewed.stream().filter(r -> !listed.contains(r)).toList();
        assertEquals(List.of(), missing, "reviewed targets the query does not list");
        List<String> extra = rows.stream().filter(r -> EXHAUSTIVE.contains(r.split("\t")[0]) && !reviewed.contains(r)).toList();
        assertEquals(List.of(), extra, "targets of the national, provincial and city 2021 reports that no reviewer saw");
    }

    @Test
    void theYearsWorkIsStoredAsCommitmentsThatNoticesCanName() {
        String sentence = "实施高质量投资计划，加大新基建、重点片区、民生工程等投资力度，固定资产投资超过8500亿元。";
        org.policykg.model.ReportRef shenzhen2021 = new org.policykg.model.ReportRef(
                org.policykg.gazetteer.Gazetteer.load().byCode("440300").orElseThrow(), 2021);
        String iri = org.policykg.rdf.Iris.reportTask(shenzhen2021, sentence);
        var t = new org.policykg.query.QueryRunner(ReportChainStore.get()).select(org.apache.jena.query.QueryFactory.create("""
                PREFIX pkg: <https://w3id.org/policykg/ontology#>
                SELECT ?part ?sentence WHERE { <%s> a pkg:ReportTask ; pkg:sentence ?sentence ;
                  <http://purl.org/dc/terms/isPartOf>/pkg:reportPart ?part }""".formatted(iri)), 0);
        assertEquals(List.of(List.of("https://w3id.org/policykg/concept#work", sentence)), t.rows());
        // the review and the targets passage are no commitments: 2020年工作回顾 figures are achievements
        var review = new org.policykg.query.QueryRunner(ReportChainStore.get()).select(org.apache.jena.query.QueryFactory.create("""
                PREFIX pkg: <https://w3id.org/policykg/ontology#>
                SELECT (COUNT(*) AS ?n) WHERE { ?rt a pkg:ReportTask ; <http://purl.org/dc/terms/isPartOf>/pkg:reportPart ?part .
                  FILTER(?part != <https://w3id.org/policykg/concept#work>) }"""), 0);
        assertEquals("0", review.rows().get(0).get(0));
    }

    @Test
    void targetDeliveryPairs2021TargetsWithThe2022Reviews() {
        List<String> rows = ReportChainStore.rows(ReportChainStore.query("target-delivery.rq", Map.of()),
                "jurisdiction", "year", "indicator", "target_value", "comparator", "achieved_value", "verdict", "achieved_source");
        // 深圳 2022: 地区生产总值增长6.7%; 广东 2022: 地区生产总值…增长8%; 国务院 2022: 城镇新增就业1269万人, 调查失业率5.1%
        assertTrue(rows.contains("深圳市\t2021\t地区生产总值\t6.5\tabout\t6.7\tmet\t深圳市政府工作报告_2022年.txt"), rows::toString);
        assertTrue(rows.contains("深圳市\t2021\t固定资产投资\t8\tatLeast\t3.7\tmissed\t深圳市政府工作报告_2022年.txt"), rows::toString);
        assertTrue(rows.contains("广东省\t2021\t地区生产总值\t6\tatLeast\t8\tmet\t广东省政府工作报告_2022年.txt"), rows::toString);
        assertTrue(rows.contains("中华人民共和国\t2021\t城镇新增就业\t11000000\tatLeast\t12690000\tmet\t国务院政府工作报告_2022年.txt"), rows::toString);
        assertTrue(rows.contains("中华人民共和国\t2021\t城镇调查失业率\t5.5\tabout\t5.1\tmet\t国务院政府工作报告_2022年.txt"), rows::toString);
        assertTrue(rows.contains("光明区\t2021\t地区生产总值\t7.5\tabout\t\tno figure\t"), rows::toString);
    }

    @Test
    void targetAmplificationShowsGdp2024FromTheNationDownToTheDistricts() {
        List<String> rows = ReportChainStore.rows(ReportChainStore.query("target-amplification.rq", Map.of()),
                "level", "jurisdiction", "target", "parent", "parent_target", "difference");
        assertEquals(List.of(
                "national\t中华人民共和国\t5\t\t\t",
                "province\t广东省\t5\t中华人民共和国\t5\t0.0",
                "city\t深圳市\t5.5\t广东省\t5\t0.5",
                "district\t罗湖区\t6\t深圳市\t5.5\t0.5",
                "district\t南山区\t5.5\t深圳市\t5.5\t0.0",
                "district\t宝安区\t6.8\t深圳市\t5.5\t1.3",
                "district\t龙岗区\t6.5\t深圳市\t5.5\t1.0",
                "district\t盐田区\t6\t深圳市\t5.5\t0.5",
                "district\t龙华区\t5\t深圳市\t5.5\t-0.5",
                "district\t坪山区\t10\t深圳市\t5.5\t4.5",
                "district\t光明区\t8.5\t深圳市\t5.5\t3.0",
                "district\t大鹏新区\t5.5\t深圳市\t5.5\t0.0"), rows);
    }
}
