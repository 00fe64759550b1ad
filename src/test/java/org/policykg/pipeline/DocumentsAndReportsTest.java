package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.query.ResultTable;

/** Metadata, jurisdictions with their parents, lists and the parent report of every list, on the seeds. */
class DocumentsAndReportsTest {

    private static final String PREFIXES = """
            PREFIX pkg: <https://w3id.org/policykg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;

    private static Map<String, List<String>> bySource(ResultTable table) {
        Map<String, List<String>> map = new TreeMap<>();
        for (List<String> row : table.rows()) map.put(row.get(0).substring(0, 3), row.subList(1, row.size()));
        return map;
    }

    @Test
    void documentsHaveKindJurisdictionAndItsParents() {
        ResultTable t = SeedStore.select(PREFIXES + """
                SELECT ?source ?kind ?code ?name ?city ?province WHERE {
                  ?d pkg:fileName ?source ; a ?k ; pkg:jurisdiction ?j .
                  ?k rdfs:subClassOf pkg:Document . BIND(STRAFTER(STR(?k), "#") AS ?kind)
                  ?j skos:notation ?code ; rdfs:label ?n .
                  ?j dcterms:isPartOf+ ?c . ?c pkg:level <https://w3id.org/policykg/concept#city> ; skos:notation ?city .
                  ?c dcterms:isPartOf ?p . ?p skos:notation ?province .
                  BIND(STR(?n) AS ?name)
                } ORDER BY ?source""");
        Map<String, List<String>> docs = bySource(t);
        assertEquals(List.of("DecompositionNotice", "420204", "下陆区", "420200", "420000"), docs.get("000"));
        assertEquals(List.of("DecompositionNotice", "420106", "武昌区", "420100", "420000"), docs.get("001"));
        assertEquals(List.of("WorkReport", "420204", "下陆区", "420200", "420000"), docs.get("002"));
        assertEquals(List.of("ActionPlan", "420704", "鄂城区", "420700", "420000"), docs.get("003"));
        // 004 is the city's own notice: its jurisdiction is the city, under the province.
        ResultTable city = SeedStore.select(PREFIXES + """
                SELECT ?code ?province WHERE { ?d pkg:fileName "004_045b395ef430cb3c.txt" ; pkg:jurisdiction ?j .
                  ?j skos:notation ?code ; pkg:level <https://w3id.org/policykg/concept#city> ; dcterms:isPartOf/skos:notation ?province }""");
        assertEquals(List.of(List.of("420200", "420000")), city.rows());
    }

    @Test
    void documentMetadata() {
        ResultTable t = SeedStore.select(PREFIXES + """
                SELECT ?source ?number ?issued ?year ?issuer WHERE {
                  ?d pkg:fileName ?source .
                  OPTIONAL { ?d dcterms:identifier ?number } OPTIONAL { ?d dcterms:issued ?issued }
                  OPTIONAL { ?d pkg:planYear ?year } OPTIONAL { ?d pkg:issuerName ?issuer }
                } ORDER BY ?source""");
        Map<String, List<String>> docs = bySource(t);
        assertEquals(List.of("", "2022-12-27", "2023", "下陆区人民政府办公室"), docs.get("000"));
        assertEquals(List.of("武昌政办〔2023〕1号", "2023-02-23", "2023", "武昌区人民政府办公室"), docs.get("001"));
        assertEquals(List.of("", "2022-12-28", "2023", ""), docs.get("002"));
        assertEquals(List.of("", "", "2024", ""), docs.get("003"));
        assertEquals(List.of("黄政办发〔2022〕1号", "2022-01-21", "2022", "黄石市人民政府办公室"), docs.get("004"));
    }

    @Test
    void everyListHasItsParentReport() {
        ResultTable t = SeedStore.select(PREFIXES + """
                SELECT ?source ?list ?parent WHERE {
                  ?l pkg:listNumber ?list ; dcterms:isPartOf/pkg:fileName ?source ; pkg:implementsPlan ?p .
                  BIND(STRAFTER(STR(?p), "/id/") AS ?parent)
                } ORDER BY ?source ?list""");
        List<String> rows = t.rows().stream().map(r -> r.get(0).substring(0, 3) + ":" + r.get(1) + " " + r.get(2)).toList();
        assertEquals(List.of(
                "000:1 report/420204/2023",
                "001:1 report/420000/2023",
                "001:2 report/420100/2023",
                "001:3 report/420106/2023",
                "003:1 doc/003_345fd75f9cf043fb.txt",
                "004:1 report/420200/2022",
                "004:2 report/420200/2022"), rows);
    }

    @Test
    void workReport002IsTheTextOfTheReportThat000Implements() {
        ResultTable t = SeedStore.select(PREFIXES + """
                SELECT ?paragraphs WHERE {
                  ?report002 ^pkg:isTextOf/pkg:fileName "002_576293f3ba629b2f.txt" .
                  ?list pkg:implementsPlan ?report002 ; dcterms:isPartOf/pkg:fileName "000_e666455f3088458b.txt" .
                  { SELECT (COUNT(?p) AS ?paragraphs) WHERE { ?d pkg:fileName "002_576293f3ba629b2f.txt" ; pkg:hasParagraph ?p } }
                }""");
        assertEquals(List.of(List.of("9")), t.rows());
    }

    @Test
    void reportParagraphsKeepTheirTextAndSection() {
        ResultTable t = SeedStore.select(PREFIXES + """
                SELECT ?n ?section ?text WHERE { ?p a pkg:ReportParagraph ; pkg:paragraphNumber ?n ; pkg:text ?text .
                  OPTIONAL { ?p pkg:section ?section } } ORDER BY ?n""");
        assertEquals("1", t.rows().get(0).get(0));
        assertEquals("", t.rows().get(0).get(1));
        assertEquals(true, t.rows().get(0).get(2).startsWith("支持骨干企业技改提能。"));
        List<String> third = t.rows().get(2);
        assertEquals("三、坚定不移改革攻坚突围,狠抓有效投资落地见效", third.get(1));
        assertEquals(true, third.get(2).startsWith("精准发力招引项目。"));
    }

    @Test
    void goalStatementsAreKeptNotTasks() {
        ResultTable t = SeedStore.select(PREFIXES + """
                SELECT ?source ?goal WHERE { ?d pkg:fileName ?source ; pkg:goalStatement ?goal } ORDER BY ?source""");
        assertEquals(2, t.rows().size());
        assertEquals(true, t.rows().get(0).get(1).contains("全年地区生产总值增长5%左右"));
        assertEquals(true, t.rows().get(1).get(1).startsWith("今年经济社会发展的主要预期目标是:地区生产总值增长8.5%左右"));
    }

    @Test
    void listTitlesAreTheAttachmentTitles() {
        ResultTable t = SeedStore.select(PREFIXES + """
                SELECT ?source ?list ?title WHERE { ?l pkg:listNumber ?list ; dcterms:isPartOf/pkg:fileName ?source ;
                  dcterms:title ?title } ORDER BY ?source ?list""");
        List<String> titles = t.rows().stream().map(r -> r.get(2)).toList();
        assertEquals(List.of(
                "2023年区政府工作报告重点任务分解",
                "2023年省《政府工作报告》确定的主要目标任务(武昌区)责任分解方案",
                "2023年市《政府工作报告》确定的主要目标任务(武昌区)责任分解方案",
                "2023年区《政府工作报告》确定的主要目标任务责任分解方案",
                "2022年市政府重点工作责任分解",
                "2022年十件实事责任分解"), titles);
    }
}
