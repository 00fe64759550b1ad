package org.policykg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policykg.SeedStore;

/** Every canned query answers its question on the seeds: rows checked by value. */
class CannedQueriesTest {

    /** Rows as space-joined cells, file names shortened to their number (001_….txt → 001). */
    private static List<String> rows(String query, Map<String, String> params, int... columns) {
        ResultTable t = SeedStore.query(query, params);
        return t.rows().stream().map(r -> java.util.Arrays.stream(columns).mapToObj(r::get)
                .map(s -> s.replaceAll("^(\\d{3})_[0-9a-f]{16}\\.txt$", "$1")).collect(Collectors.joining(" "))).toList();
    }

    private static List<String> rows(String query, int... columns) {
        return rows(query, Map.of(), columns);
    }

    @Test
    void everyQueryHasAHeaderWithTitleDescriptionAndView() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("queries"))) {
            for (Path f : files.toList()) {
                QueryHeader h = QueryHeader.parse(Files.readString(f));
                assertTrue(h.title().contains(" | "), f + ": title in Chinese | English");
                assertTrue(!h.description().isBlank(), f + ": description");
                assertTrue(List.of("table", "graph", "timeline").contains(h.view()), f + ": view");
            }
        }
        assertEquals(Map.of("from", "2023-01-01", "to", "2023-06-30"),
                QueryHeader.parse(Files.readString(Path.of("queries/deadlines-in-period.rq"))).params());
        QueryHeader optional = QueryHeader.parse(Files.readString(Path.of("queries/responsibilities.rq")));
        assertTrue(optional.params().containsKey("place") && optional.params().get("place") == null, "place has no default: " + optional.params());
        assertEquals(ParamType.JURISDICTION, optional.types().get("place"));
    }

    /** The whole-store tables keep, with -p place=, the rows of the documents of that government and those under it. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"responsibilities.rq", "links.rq", "tasks.rq", "targets.rq", "unit-workload.rq", "tasks-without-lead.rq", "deadlines.rq", "untraced-items.rq", "orphan-goals.rq"})
    void aPlaceKeepsItsOwnDocumentsAndThoseUnderIt(String query) {
        int source = query.equals("unit-workload.rq") ? 3 : 0;
        int[] all = java.util.stream.IntStream.range(0, SeedStore.query(query, Map.of()).columns().size()).toArray();
        List<String> everything = rows(query, all);
        // 黄石市 (420200) issued 004; 下陆区 (420204), under it, issued 000 and 002; 武昌区 001 and 鄂城区 003 are elsewhere
        List<String> huangshi = everything.stream().filter(r -> List.of("000", "002", "004").contains(r.split(" ")[source])).toList();
        assertTrue(!huangshi.isEmpty() && huangshi.size() < everything.size(), query);
        assertEquals(huangshi, rows(query, Map.of("place", "420200"), all), "by code, in the same order");
        assertEquals(huangshi, rows(query, Map.of("place", "黄石市"), all), "by name");
        assertEquals(huangshi, rows(query, Map.of("place", "黄石"), all), "by the start of a name only one fits");
        assertEquals(everything, rows(query, Map.of("place", "湖北省"), all), "every seed is from a district of 湖北省");
        assertEquals(everything, rows(query, Map.of("place", " "), all), "given empty: not given");
    }

    @Test
    void coResponsibilityOfAPlaceCountsItsOwnTasks() {
        // the pairs of units named in one task of 001 (武昌区), counted from the responsibilities table
        Map<String, java.util.Set<String>> unitsByTask = new java.util.TreeMap<>();
        for (String r : rows("responsibilities.rq", 0, 1, 2, 6)) {
            String[] c = r.split(" ");
            if (c[0].equals("001")) unitsByTask.computeIfAbsent(c[1] + ":" + c[2], k -> new java.util.TreeSet<>()).add(c[3]);
        }
        Map<String, Integer> pairs = new java.util.TreeMap<>();
        for (java.util.Set<String> units : unitsByTask.values()) {
            for (String a : units) for (String b : units) if (a.compareTo(b) < 0) pairs.merge(a + " " + b, 1, Integer::sum);
        }
        Map<String, Integer> answered = new java.util.TreeMap<>();
        for (String r : rows("co-responsibility.rq", Map.of("place", "武昌区"), 3, 4, 2)) {
            String[] c = r.split(" ");
            answered.put(c[0] + " " + c[1], Integer.parseInt(c[2]));
        }
        assertEquals(pairs, answered);
    }

    @Test
    void aPlaceIsAJurisdictionOfTheDocuments() {
        var unknown = org.junit.jupiter.api.Assertions.assertThrows(org.policykg.problem.InvalidArgumentException.class,
                () -> rows("tasks.rq", Map.of("place", "西塞山区"), 0));
        assertEquals("-p place=西塞山区: no document of the store is from a jurisdiction coded or named '西塞山区' or from one under it"
                + " (give a GB/T 2260 code such as 440300 or a name such as 深圳市; 'policykg query documents' lists the documents' jurisdictions)",
                unknown.getMessage());
        var several = org.junit.jupiter.api.Assertions.assertThrows(org.policykg.problem.InvalidArgumentException.class,
                () -> rows("tasks.rq", Map.of("place", "武"), 0));
        assertEquals("-p place=武: fits 2 jurisdictions: 420100 湖北省武汉市, 420106 武汉市武昌区; give the code", several.getMessage());
    }

    @Test
    void unitWorkload() {
        List<String> r = rows("unit-workload.rq", 0, 1, 2, 3, 4);
        assertEquals("各县(市、区)政府 city cooperating 004 85", r.get(0));
        assertTrue(r.contains("武昌区城管执法局 district lead 001 26"), String.join("\n", r.subList(0, 10)));
        assertTrue(r.contains("黄石市发改委 city lead 004 20"));
    }

    @Test
    void unitPortfolioMatchesAnyWrittenName() {
        List<String> all = List.of("下陆区市场监管局 000 1 29 responsible", "下陆区市场监管局 000 1 41 responsible",
                "下陆区市场监管局 000 1 77 responsible");
        assertEquals(all, rows("unit-portfolio.rq", Map.of("unit", "区市监局"), 0, 1, 2, 3, 4), "000 writes it 区市监局 once, 区市场监管局 twice");
        List<String> both = rows("unit-portfolio.rq", Map.of("unit", "区市场监管局"), 0, 1, 2, 3, 4);
        assertTrue(both.containsAll(all) && both.contains("武昌区市场监管局 001 2 24 lead"), "区市场监管局 is written in 下陆 and in 武昌: two units");
        assertEquals(all, rows("unit-portfolio.rq", Map.of("unit", "下陆区市场监管局"), 0, 1, 2, 3, 4));
        List<String> carried = rows("unit-portfolio.rq", Map.of("unit", "区建设局"), 0, 1, 2, 3, 4, 6);
        assertTrue(carried.contains("武昌区建设局 001 2 54 lead 12万个"), String.join("\n", carried));
    }

    @Test
    void tasksWithoutLead() {
        Map<String, Long> perList = rows("tasks-without-lead.rq", 0, 1).stream()
                .collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()));
        assertEquals("{000 1=93, 001 1=13, 001 2=5, 001 3=72, 004 2=9}", perList.toString());
    }

    @Test
    void vagueAccountability() {
        List<String> r = rows("vague-accountability.rq", 0, 1, 2, 3);
        assertTrue(r.contains("000 1 23 各街办(园区)、下陆区政府各部门、各垂管单位"), String.join("\n", r));
        assertTrue(r.stream().allMatch(s -> s.startsWith("000 1 ") || s.startsWith("001 ")));
        assertEquals(18, r.size());
    }

    @Test
    void sharedLead() {
        List<String> r = rows("shared-lead.rq", 0, 1, 2, 4, 5);
        assertTrue(r.contains("003 1 5 3 鄂城区发展改革和经济信息化局、鄂城区市场监管局、鄂城区农业农村局"), String.join("\n", r));
        assertTrue(r.contains("004 1 3 2 黄石市交通运输局、黄石市发改委") || r.contains("004 1 3 2 黄石市发改委、黄石市交通运输局"));
        assertTrue(r.stream().noneMatch(s -> s.startsWith("001 2 54 ")), "a city lead and a district lead are no shared lead");
    }

    @Test
    void coResponsibility() {
        List<String> r = rows("co-responsibility.rq", 0, 1, 2);
        assertEquals("各县(市、区)政府 相关市政府部门 33", r.get(0));
        assertTrue(r.contains("黄石市发改委 各县(市、区)政府 31"));
    }

    @Test
    void targetsByIndicator() {
        assertEquals(List.of(
                "city 武汉市 001 2 127 120000 12万个",
                "city 武汉市 001 2 54 120000 12万个",
                "city 黄石市 004 2 6 6000 6000个",
                "district 武昌区 001 3 29 10000 1万个以上"), rows("targets-by-indicator.rq", 0, 1, 2, 3, 4, 6, 8));
        assertEquals(List.of("001 2 127 60000", "001 2 73 60000", "001 3 30 4000"),
                rows("targets-by-indicator.rq", Map.of("indicator", "充电桩"), 2, 3, 4, 6).stream().filter(s -> !s.startsWith("001 1")).toList());
    }

    @Test
    void deadlinesInPeriod() {
        assertEquals(List.of("2023-01-01 2023-03-31 明年一季度 000 1 3",
                "2023-01-01 2023-12-31 2023年 000 1 15", "2023-01-01 2023-12-31 2023年 000 1 53"),
                rows("deadlines-in-period.rq", 0, 1, 2, 3, 4, 5));
        assertEquals(List.of("2023-07-01 2023-07-31 明年7月份 000 1 1", "2023-11-01 2023-11-30 明年11月份 000 1 1",
                        "2023-12-31 2023-12-31 明年年底 000 1 1", "2023-10-01 2023-12-31 明年四季度 000 1 8").stream().sorted().toList(),
                rows("deadlines-in-period.rq", Map.of("from", "2023-07-01", "to", "2023-12-31"), 0, 1, 2, 3, 4, 5).stream()
                        .filter(s -> !s.contains("2023年")).sorted().toList());
    }

    @Test
    void duplicateTasks() {
        List<String> r = rows("duplicate-tasks.rq", 0, 1, 2, 3, 4);
        assertTrue(r.contains("001 2 134 64 same text for the same report"), String.join("\n", r));
        assertTrue(r.contains("001 2 138 67 same text for the same report"));
        assertTrue(r.contains("001 2 127 54 restates 停车泊位 120000"));
        assertTrue(r.contains("001 2 127 73 restates 充电桩 60000"));
    }

    @Test
    void jurisdictionSummary() {
        assertEquals(List.of(
                "420000 湖北省 province 1 13 26",
                "420100 武汉市 city 1 148 310",
                "420106 武昌区 district 1 72 131",
                "420200 黄石市 city 1 144 563",
                "420204 下陆区 district 1 93 245",
                "420704 鄂城区 district 1 14 135"), rows("jurisdiction-summary.rq", 0, 1, 2, 3, 4, 5));
    }

    @Test
    void searchFindsTheParkingTasks() {
        List<String> r = rows("search.rq", 0, 1, 2);
        assertTrue(r.containsAll(List.of("001 1 12", "001 2 54", "001 2 127", "001 3 29")), String.join("\n", r));
        assertEquals("001 2 54", r.get(0), "the shortest text that says it best comes first");
    }

    @Test
    void linksAreTheAcceptedOnesUnlessCandidatesAreAskedFor() {
        List<String> accepted = rows("links.rq", 11);
        List<String> all = rows("links.rq", Map.of("candidates", "true"), 11);
        assertEquals(List.of("true"), accepted.stream().distinct().toList(), "by default no candidate below the threshold");
        assertEquals(1307, all.stream().filter("false"::equals).count(), "the candidates, one parameter away");
        assertEquals(accepted.size(), all.stream().filter("true"::equals).count());
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.policykg.problem.InvalidArgumentException.class,
                () -> rows("links.rq", Map.of("candidates", "yes"), 0));
        assertEquals("-p candidates=yes: expected true or false", e.getMessage());
    }

    @ParameterizedTest(name = "injection: {0}")
    @ValueSource(strings = {"区发改局\" } UNION { ?u ?p ?o } #", "区发改局'}", "}", "\" . ?t ?p ?o . FILTER(\"\" = \"",
            "区发改局> <x", "\\u0022) || true || (\""})
    void aParameterCannotChangeTheQuery(String hostile) {
        // A unit name is looked up as a name before the query runs: no unit is called that.
        var e = org.junit.jupiter.api.Assertions.assertThrows(org.policykg.problem.InvalidArgumentException.class,
                () -> rows("unit-portfolio.rq", Map.of("unit", hostile), 0));
        assertTrue(e.getMessage().contains("no unit is named or written '" + hostile.strip() + "'"), e.getMessage());
        assertEquals(List.of(), rows("targets-by-indicator.rq", Map.of("indicator", hostile + "不存在"), 0));
    }
}
