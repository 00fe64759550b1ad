package org.policykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;
import org.policykg.query.ResultTable;
import org.policykg.store.Tdb2Store;

/** The four kinds of link on the seeds, where they are stored, and the canned queries built on them. */
class LinksTest {

    private static final String PKG = "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n";

    private static List<String> rows(ResultTable t, int... columns) {
        return t.rows().stream().map(r -> java.util.Arrays.stream(columns).mapToObj(r::get).map(s -> s.replaceAll("^(\\d{3})_[0-9a-f]{16}\\.txt$", "$1"))
                .collect(Collectors.joining(" "))).toList();
    }

    @Test
    void allFourKindsExistWithEvidence() {
        ResultTable links = SeedStore.query("links.rq");
        Map<String, Long> kinds = links.rows().stream().collect(Collectors.groupingBy(r -> r.get(7), TreeMap::new, Collectors.counting()));
        assertEquals(Set.of("stated", "same task", "derived from report text", "contributes to"), kinds.keySet());
        assertEquals(161L, kinds.get("stated"), "001's 附件1 and 附件2 tasks");
        assertTrue(links.rows().stream().noneMatch(r -> r.get(10).isBlank()), "every link has evidence");
        List<String> l = rows(links, 0, 1, 2, 3, 4, 5, 6, 7);
        assertTrue(l.contains("001 2 134 001 2 64  same task"), "创建100个精细化管理示范片区 is listed twice");
        assertTrue(l.contains("001 2 138 001 2 67  same task"), "创建生活垃圾分类示范点500个 is listed twice");
        assertTrue(l.contains("000 1 17 002   1 derived from report text"), "000's task 17 is 002's first paragraph");
        assertTrue(l.contains("001 3 29 001 2 54  contributes to"));
        assertTrue(l.contains("001 3 30 001 2 73  contributes to"));
        assertTrue(links.rows().stream().anyMatch(r -> r.get(0).startsWith("001") && r.get(2).equals("54") && r.get(7).equals("stated")
                && r.get(10).contains("city lead 市停车场及新能源汽车配套设施建设工作领导小组") && r.get(10).contains("district lead 区建设局")));
    }

    @Test
    void stateAndInferenceLiveInSeparateGraphs() {
        ResultTable t = SeedStore.select(PKG + """
                SELECT ?kind ?graph (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?l pkg:linkKind ?k } BIND(STRAFTER(STR(?k), "#") AS ?kind)
                  BIND(IF(STRSTARTS(STR(?g), "https://w3id.org/policykg/id/doc/"), "document", STR(?g)) AS ?graph) }
                GROUP BY ?kind ?graph ORDER BY ?kind""");
        assertEquals(List.of(
                "contribution https://w3id.org/policykg/graph/links/contribution",
                "derivedFrom https://w3id.org/policykg/graph/links/derivedFrom",
                "sameTask https://w3id.org/policykg/graph/links/sameTask",
                "stated document"), rows(t, 0, 1));
    }

    @Test
    void sameTextForTheSameReportIsOneReportTask() {
        ResultTable t = SeedStore.select(PKG + """
                SELECT (COUNT(DISTINCT ?rt) AS ?n) WHERE { ?t pkg:taskNumber ?num ; pkg:inList/pkg:listNumber 2 ; pkg:reportTask ?rt ;
                  pkg:sourceDocument/pkg:fileName "001_1ee4ff36028791ed.txt" . FILTER(?num IN ("64", "134")) }""");
        assertEquals("1", t.rows().get(0).get(0));
    }

    @Test
    void rebuildingTheLinksGivesTheSameGraphs(@TempDir Path dir) throws Exception {
        try (Tdb2Store store = Tdb2Store.open(SeedStore.copy(dir.resolve("store")))) {
            Set<String> first = linkQuads(store);
            new LinkStage(SeedStore.GAZETTEER).run(store);
            assertEquals(first, linkQuads(store));
            assertTrue(first.size() > 1000);
        }
    }

    private static Set<String> linkQuads(Tdb2Store store) {
        Set<String> quads = new TreeSet<>();
        store.dataset().executeRead(() -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getGraph().getURI().startsWith("https://w3id.org/policykg/graph/links/")) {
                quads.add(NodeFmtLib.strNQ(q));
            }
        }));
        return quads;
    }

    @Test
    void targetEscalationComparesTheSameIndicator() {
        List<String> rows = rows(SeedStore.query("target-escalation.rq"), 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertTrue(rows.contains("001 3 30 001 2 73 充电桩 60000 4000 0.067 share"), String.join("\n", rows));
        assertTrue(rows.contains("001 3 29 001 2 54 停车泊位 120000 10000 0.083 share"));
        assertTrue(rows.contains("001 2 73 001 1 12 充电桩 60000 60000 1.0 child restates the whole target"));
        assertTrue(rows.contains("001 3 14 001 2 26 优质金融机构 5 10 2.0 child exceeds parent"));
        assertTrue(rows.stream().noneMatch(r -> r.contains(" 项目 ")), "项目 names too little to compare");
    }

    @Test
    void orphanGoalsAndUntracedItems() {
        List<String> orphans = rows(SeedStore.query("orphan-goals.rq"), 0, 1, 2);
        // Hubei's 三医 reform has nothing beneath it; its emergency-care (10) and screening (11) items draw
        // debatable children (001:3:50's hospitals, 001:2:122's prenatal screening) that the labels leave out.
        assertTrue(orphans.contains("001 1 2"), String.join("\n", orphans));
        assertTrue(!orphans.contains("001 1 12") && !orphans.contains("001 2 54"), "parking has district tasks below it");
        List<String> untraced = rows(SeedStore.query("untraced-items.rq"), 0, 1, 2);
        assertTrue(untraced.containsAll(List.of("001 3 3", "001 3 4")), "Wuchang's budget revenue and income targets have no parent");
        assertTrue(!untraced.contains("001 3 29") && !untraced.contains("001 2 54"), "linked or carried tasks are traced");
    }

    @Test
    void cascadeQueryListsTheChain() {
        ResultTable t = SeedStore.query("cascade.rq");
        List<String> rows = rows(t, 0, 1, 2, 3, 4);
        assertEquals("task 001 1 12 province", rows.get(0));
        assertTrue(rows.containsAll(List.of("down 001 2 54 city", "down 001 2 73 city", "down 001 2 127 city",
                "down 001 3 29 district", "down 001 3 30 district")), String.join("\n", rows));
    }
}
