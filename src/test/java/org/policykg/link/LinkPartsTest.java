package org.policykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The linker's parts on hand-made inputs: units, list order, words and the model file. */
class LinkPartsTest {

    private static final String UNIT = "https://w3id.org/policykg/id/unit/";

    @Test
    void aDistrictOfficeMatchesTheOfficeOfItsNameUpTheChain() {
        assertTrue(UnitMatch.same(UNIT + "420204/人社局", "420204", UNIT + "420200/人社局"));
        assertTrue(UnitMatch.same(UNIT + "420106/建设局", "420106", UNIT + "420106/建设局"), "the same unit");
        assertFalse(UnitMatch.same(UNIT + "420204/人社局", "420204", UNIT + "420200/财政局"));
        assertFalse(UnitMatch.same(UNIT + "420204006/办事处", "420204", UNIT + "420200006/办事处"), "street offices have no counterpart");
    }

    @Test
    void theLeadUnitsCounterpartFindsTheParentsItLeads() {
        LinkTask parent = task("p", "p.txt", "420200", 2022, List.of(UNIT + "420200/人社局"));
        LinkTask other = task("q", "p.txt", "420200", 2022, List.of(UNIT + "420200/财政局"));
        LinkTask child = task("c", "c.txt", "420204", 2023, List.of(UNIT + "420204/人社局"));
        LeadIndex index = new LeadIndex(List.of(parent, other, child));
        assertEquals(List.of(parent), index.ledAbove(child, Set.of("420200", "420000"), new int[] {2023, 2022}));
        assertEquals(List.of(), index.ledAbove(child, Set.of("420200"), new int[] {2025, 2024}), "other years");
    }

    @Test
    void neighboursPointToTheParentsAfterAndBeforeTheirMatches() {
        List<LinkTask> parents = List.of(task("p0", "p.txt"), task("p1", "p.txt"), task("p2", "p.txt"), task("p3", "p.txt"), task("p4", "p.txt"), task("p5", "p.txt"));
        List<LinkTask> children = List.of(task("c0", "c.txt"), task("c1", "c.txt"), task("c2", "c.txt"));
        List<LinkTask> all = new java.util.ArrayList<>(parents);
        all.addAll(children);
        ListOrder order = new ListOrder(all);
        Map<String, Map<String, ListOrder.Anchor>> anchors = Map.of(
                "c0", Map.of("p.txt#1", order.anchor(parents.get(1), 0.7)),
                "c2", Map.of("p.txt#1", order.anchor(parents.get(5), 0.5)));
        // c0 matched p1: c1 comes after it, so p1..p3; c2 matched p5: c1 comes before it, so p3..p5.
        assertEquals(Map.of("p1", 0.7, "p2", 0.7, "p3", 0.7, "p4", 0.5, "p5", 0.5), order.suggested(children.get(1), anchors));
    }

    @Test
    void synonymsAndSharedWordsMeet() {
        Set<String> food = new HashSet<>(Words.of("强化食品药品安全监管").words().keySet());
        food.retainAll(Words.of("实施食品安全放心工程").words().keySet());
        assertEquals(2, food.size(), food.toString());
        Set<String> debt = new HashSet<>(Words.of("债务风险化解").words().keySet());
        debt.retainAll(Words.of("积极化解政府债务").words().keySet());
        assertEquals(2, debt.size(), debt.toString());
        Set<String> care = new HashSet<>(Words.of("照护").classes().keySet());
        care.retainAll(Words.of("看护").classes().keySet());
        assertEquals(1, care.size(), "照护 and 看护 are one thesaurus class");
    }

    @Test
    void theModelFileGivesWeightsAndThreshold() throws IOException {
        ContributionModel m = ContributionModel.parse(new BufferedReader(new StringReader("# comment\nintercept\t-1\nthreshold\t0.4\nTEXT\t2\n")));
        assertEquals(0.4, m.threshold());
        assertTrue(m.uses(Feature.TEXT));
        assertFalse(m.uses(Feature.ORDER));
        double[] x = new double[Feature.values().length];
        x[Feature.TEXT.ordinal()] = 0.5;
        assertEquals(0.5, m.probability(x), 1e-9);
        assertTrue(ContributionModel.load().threshold() > 0, "the fitted model loads");
    }

    @Test
    void theAlignmentGivesEachChildTheBandBetweenItsNeighboursAnchors() {
        // Children 0 and 2 match parents 1 and 4 strongly; child 1's own best (parent 0) goes against the order.
        Map<Integer, Map<Integer, Double>> score = Map.of(0, Map.of(1, 2.0), 1, Map.of(0, 0.9), 2, Map.of(4, 2.0));
        ListAlignment a = new ListAlignment(3, 7, score);
        assertEquals(1.0, a.fit(1, 1));
        assertEquals(1.0, a.fit(1, 3), "between the neighbours' anchors");
        assertEquals(0.5, a.fit(1, 6), 1e-9, "two places past the band");
        assertEquals(Math.pow(0.5, 0.5), a.fit(1, 0), 1e-9, "one place before the band");
    }

    @Test
    void aGoalWrittenTwiceIsWeighedAsItsBestWriting() {
        LinkTask first = task("p1", "p.txt");
        LinkTask again = task("p2", "p.txt");
        LinkTask other = task("p3", "p.txt");
        SameTasks twins = SameTasks.of(List.of(new Link(LinkKind.SAME_TASK, "p2", "p1", null, 1, "the same text")));
        List<Linker.ScoredCandidate> shared = twins.shareBest(List.of(candidate(first, 0.8), candidate(again, 0.3), candidate(other, 0.4)));
        assertEquals(List.of(0.8, 0.8, 0.4), shared.stream().map(Linker.ScoredCandidate::probability).toList());
    }

    @Test
    void indicatorsMatchOnWhatTheyCount() {
        LinkScorer scorer = new LinkScorer(Map.of(), Map.of(), null, unit -> 1, null);
        assertTrue(scorer.sameIndicator(new LinkTask.Quantity("停车泊位", 1, "个"), new LinkTask.Quantity("机动车停车泊位", 2, "个")));
        assertTrue(scorer.sameIndicator(new LinkTask.Quantity("充电桩", 4000, "根"), new LinkTask.Quantity("充电桩", 60000, "个")));
        assertFalse(scorer.sameIndicator(new LinkTask.Quantity("老旧小区改造", 57, "个"), new LinkTask.Quantity("老旧小区绿化提升", 100, "个")),
                "the same words before, different things counted");
    }

    @Test
    void wordsUsedAllOverGovernmentWritingAreDiscounted() {
        WordShares shares = WordShares.load();
        double common = shares.discount(Words.key("推进"));
        double topic = shares.discount(Words.key("充电桩"));
        assertTrue(common < 0.2, "推进 " + common);
        assertTrue(topic > 0.7, "充电桩 " + topic);
        assertEquals(1.0, shares.discount(Words.key("团城山")), "a word no report of the corpus uses keeps its weight");
        assertTrue(shares.discount(Words.key("服务")) < shares.discount(Words.key("养老")), "服务 says less than 养老");
        assertEquals(Map.of("团城山", 2.0, "充电桩", 2 * topic), shares.discounted(Map.of("团城山", 2.0, "充电桩", 2.0)));
    }

    @Test
    void wordsOfOneThemeMeetWhereTheTextsShareNone() {
        WordThemes themes = WordThemes.load();
        Map<String, Integer> renovation = Map.of(Words.key("技改"), 1);
        assertEquals(0.47, WordThemes.softCover(renovation, themes.closure(Map.of(Words.key("工业"), 1)), Map.of(), 1), 0.005, "技改 sits beside 工业 in reports");
        assertEquals(0.47, WordThemes.softCover(Map.of(Words.key("工业"), 1), themes.closure(renovation), Map.of(), 1), 0.005, "and 工业 beside 技改");
        assertEquals(0.0, WordThemes.softCover(renovation, themes.closure(Map.of(Words.key("养老"), 1)), Map.of(), 1), "技改 and 养老 are two themes");
        assertEquals(1.0, WordThemes.softCover(renovation, themes.closure(Map.of(Words.key("技改"), 2)), Map.of(), 1), "the same word meets whole");
        Map<String, Integer> waste = Map.of(Words.key("垃圾"), 1, Words.key("团城山"), 1);
        assertEquals(0.7 / 4, WordThemes.softCover(waste, themes.closure(Map.of(Words.key("固体"), 1)), Map.of(Words.key("垃圾"), 1.0, Words.key("团城山"), 3.0), 1), 0.005,
                "垃圾 meets 固体 (0.70) with a quarter of the weight; 团城山 meets nothing");
    }

    @Test
    void theChildsHeadingMeetsTheParentsHeadingAndText() {
        LinkScorer scorer = new LinkScorer(Map.of(), Map.of(), new IndicatorConcepts(org.policykg.indicator.IndicatorThesaurus.load()), unit -> 4, null);
        LinkTask child = new LinkTask("c", "c.txt", 1, "1", "加大招聘活动服务力度", "420204", "district", 2023, null, List.of(),
                List.of(UNIT + "420204/人社局"), List.of(UNIT + "420204/人社局"), "五、保障改善民生 / (一)稳住就业基本盘");
        LinkTask parent = new LinkTask("p", "p.txt", 1, "1", "落实就业优先政策,加大援企稳岗力度", "420200", "city", 2023, null, List.of(),
                List.of(UNIT + "420200/人社局"), List.of(UNIT + "420200/人社局"), "八、强化就业优先导向 / 提高社会保障水平");
        double[] x = score(scorer, child, parent);
        assertTrue(x[Feature.SECTION.ordinal()] > 0, "就业 in both headings");
        assertTrue(x[Feature.SECTION_TEXT.ordinal()] > 0, "就业 of the heading in the parent's text");
        assertEquals(0.25, x[Feature.LEAD_UNIT_RARE.ordinal()], 1e-9, "the counterpart leads four tasks");
        LinkTask bare = new LinkTask("b", "c.txt", 1, "2", "加大招聘活动服务力度", "420204", "district", 2023, null, List.of());
        assertEquals(0.0, score(scorer, bare, parent)[Feature.SECTION_TEXT.ordinal()], "no heading, no evidence");
    }

    private static double[] score(LinkScorer scorer, LinkTask child, LinkTask parent) {
        return scorer.score(child, Bigrams.of(child.text()), Words.of(child.text()), parent, Bigrams.of(parent.text()), Words.of(parent.text())).features();
    }

    private static Linker.ScoredCandidate candidate(LinkTask parent, double probability) {
        return new Linker.ScoredCandidate(parent, new double[Feature.values().length], List.of(), probability);
    }

    private static LinkTask task(String iri, String source) {
        return new LinkTask(iri, source, 1, iri, iri, "420204", "district", 2023, null, List.of());
    }

    private static LinkTask task(String iri, String source, String jurisdiction, int year, List<String> leads) {
        return new LinkTask(iri, source, 1, iri, iri, jurisdiction, "district", year, null, List.of(), leads, leads);
    }
}
