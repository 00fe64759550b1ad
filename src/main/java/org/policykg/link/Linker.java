package org.policykg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.indicator.IndicatorThesaurus;
import org.policykg.model.Jurisdiction;
import org.policykg.normalise.MatchKey;

/**
 * Infers the links between tasks that no document states: the same task written twice, a task
 * taken from a paragraph of its report, and a lower-level task that contributes to a higher-level
 * task of its own chain (district → its city → its province; the same plan year or the year before).
 */
public final class Linker {

    /** Candidates kept per child and higher level, with their ranks, whether accepted or not. */
    public static final int KEEP = 3;
    /** Accepted candidates kept at most per child and higher level. */
    public static final int MAX_ACCEPTED = 8;
    private static final int SEARCH_DEPTH = 20;
    private static final double NEAR_DUPLICATE = 0.8;
    private static final double PARAGRAPH_COVERAGE = 0.6;

    private final Gazetteer gazetteer;
    private final ContributionModel model;
    private final IndicatorThesaurus thesaurus = IndicatorThesaurus.load();
    /** Words of one theme, read only when the model weighs the theme. */
    private final WordThemes themes;

    /** How common each word is in government writing at large, to discount words used everywhere; null for none. */
    private final WordShares shares;

    public Linker(Gazetteer gazetteer) {
        this(gazetteer, ContributionModel.load());
    }

    Linker(Gazetteer gazetteer, ContributionModel model) {
        this(gazetteer, model, WordShares.load());
    }

    Linker(Gazetteer gazetteer, ContributionModel model, WordShares shares) {
        this.gazetteer = gazetteer;
        this.model = model;
        this.shares = shares;
        this.themes = model.uses(Feature.THEME) ? WordThemes.load() : null;
    }

    /** A paragraph of a report's text. */
    public record ReportParagraph(String iri, String reportIri, String text) {}

    public List<Link> link(List<LinkTask> tasks, List<ReportParagraph> paragraphs) {
        Texts texts = Texts.of(tasks);
        List<Link> links = new ArrayList<>(sameTasks(tasks, texts.keys(), texts.bigrams()));
        links.addAll(derived(tasks, paragraphs, texts.keys(), texts.bigrams()));
        links.addAll(contributions(tasks, texts.bigrams(), SameTasks.of(links), (child, scored) -> {}));
        return links;
    }

    /** The groups of tasks each report writes more than once. */
    SameTasks twins(List<LinkTask> tasks) {
        Texts texts = Texts.of(tasks);
        return SameTasks.of(sameTasks(tasks, texts.keys(), texts.bigrams()));
    }

    /** Each task's match key and the bigram bag of that key, by task IRI. */
    private record Texts(Map<String, String> keys, Map<String, Map<String, Integer>> bigrams) {
        static Texts of(List<LinkTask> tasks) {
            Texts texts = new Texts(new HashMap<>(), new HashMap<>());
            for (LinkTask t : tasks) {
                String key = MatchKey.of(t.text());
                texts.keys().put(t.iri(), key);
                texts.bigrams().put(t.iri(), Bigrams.ofKey(key));
            }
            return texts;
        }
    }

    /**
     * Tasks of one report with the same text (or nearly: 0.8 Dice) are one task written twice.
     * Identical texts are found by hashing, near ones by indexed search within the report, so the
     * cost stays linear however many documents repeat a report.
     */
    List<Link> sameTasks(List<LinkTask> tasks, Map<String, String> keys, Map<String, Map<String, Integer>> bigrams) {
        List<Link> links = new ArrayList<>();
        Map<String, LinkTask> first = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        List<LinkTask> inReports = tasks.stream().filter(t -> t.reportIri() != null).toList();
        for (int i = 0; i < inReports.size(); i++) order.put(inReports.get(i).iri(), i);
        try (CandidateIndex index = new CandidateIndex(inReports)) {
            for (LinkTask t : inReports) {
                LinkTask earlier = first.putIfAbsent(t.reportIri() + "\n" + keys.get(t.iri()), t);
                if (earlier != null) {
                    links.add(new Link(LinkKind.SAME_TASK, t.iri(), earlier.iri(), null, 1, "the same text for the same report"));
                    continue;
                }
                for (String iri : index.searchReport(t.text(), t.reportIri(), SEARCH_DEPTH)) {
                    if (order.get(iri) >= order.get(t.iri()) || keys.get(iri).equals(keys.get(t.iri()))) continue;
                    double dice = Bigrams.dice(bigrams.get(t.iri()), bigrams.get(iri));
                    if (dice >= NEAR_DUPLICATE) {
                        links.add(new Link(LinkKind.SAME_TASK, t.iri(), iri, round(dice), 1, String.format("text %.2f, same report", dice)));
                        break;
                    }
                }
            }
        }
        return links;
    }

    /** A task whose text a paragraph of its report contains (footnotes and punctuation aside). */
    List<Link> derived(List<LinkTask> tasks, List<ReportParagraph> paragraphs, Map<String, String> keys,
                       Map<String, Map<String, Integer>> bigrams) {
        Map<String, List<ReportParagraph>> byReport = paragraphs.stream().collect(Collectors.groupingBy(ReportParagraph::reportIri));
        Map<String, String> paragraphKeys = new HashMap<>();
        Map<String, Map<String, Integer>> paragraphBigrams = new HashMap<>();
        for (ReportParagraph p : paragraphs) {
            paragraphKeys.put(p.iri(), MatchKey.of(p.text()));
            paragraphBigrams.put(p.iri(), Bigrams.ofKey(paragraphKeys.get(p.iri())));
        }
        List<Link> links = new ArrayList<>();
        for (LinkTask t : tasks) {
            List<ReportParagraph> candidates = byReport.getOrDefault(t.reportIri(), List.of());
            String key = keys.get(t.iri());
            ReportParagraph best = null;
            double bestCoverage = 0;
            for (ReportParagraph p : candidates) {
                double coverage = paragraphKeys.get(p.iri()).contains(key) ? 1 : Bigrams.coverage(bigrams.get(t.iri()), paragraphBigrams.get(p.iri()));
                if (coverage > bestCoverage) {
                    bestCoverage = coverage;
                    best = p;
                }
            }
            if (best != null && bestCoverage >= PARAGRAPH_COVERAGE) {
                String evidence = bestCoverage == 1 ? "the paragraph contains the task's text" : String.format("coverage %.2f", bestCoverage);
                links.add(new Link(LinkKind.DERIVED_FROM, t.iri(), best.iri(), bestCoverage, 1, evidence));
            }
        }
        return links;
    }

    /** A child's candidates with their features, before the model weighs them (for fitting the model). */
    interface CandidateSink {
        void accept(LinkTask child, List<ScoredCandidate> candidates);
    }

    record ScoredCandidate(LinkTask parent, double[] features, List<String> evidence, double probability) {}

    /**
     * For each task, the best few higher-level tasks of its chain. Candidates come from an indexed text
     * search and from the tasks its lead unit (or that unit's counterpart) leads up the chain; each is
     * described by its {@link Feature}s, the order of the two lists among them, and weighed by the
     * fitted {@link ContributionModel}. The children are weighed one list at a time: the order and the
     * alignment compare a child only with its own list's neighbours, so a chain of a national year
     * holds one list's candidates (and their evidence) at a time, not the chain's.
     */
    List<Link> contributions(List<LinkTask> tasks, Map<String, Map<String, Integer>> bigrams, SameTasks twins, CandidateSink sink) {
        Map<String, LinkTask> byIri = new HashMap<>();
        for (LinkTask t : tasks) byIri.put(t.iri(), t);
        Map<String, Words.Bags> words = new HashMap<>();
        for (LinkTask t : tasks) words.put(t.iri(), Words.of(t.text()));
        LeadIndex leads = new LeadIndex(tasks);
        List<Map<String, Integer>> wordBags = new ArrayList<>();
        for (Words.Bags b : words.values()) {
            wordBags.add(b.words());
            wordBags.add(b.classes());
        }
        LinkScorer scorer = new LinkScorer(Bigrams.idf(bigrams.values()), wordWeights(wordBags), new IndicatorConcepts(thesaurus), leads::ledCount, themes);
        Map<String, List<LinkTask>> lists = new LinkedHashMap<>();
        for (LinkTask t : tasks) lists.computeIfAbsent(ListOrder.key(t), k -> new ArrayList<>()).add(t);
        List<Link> links = new ArrayList<>();
        try (CandidateIndex index = new CandidateIndex(tasks)) {
            ChainPass pass = new ChainPass(byIri, bigrams, words, new ListOrder(tasks), leads, scorer, index, twins, sink);
            for (List<LinkTask> children : lists.values()) links.addAll(contributionsOf(children, pass));
        }
        return links;
    }

    /** What a chain's lists share while their children are weighed. */
    private record ChainPass(Map<String, LinkTask> byIri, Map<String, Map<String, Integer>> bigrams, Map<String, Words.Bags> words,
                             ListOrder order, LeadIndex leads, LinkScorer scorer, CandidateIndex index, SameTasks twins, CandidateSink sink) {

        ScoredCandidate score(LinkTask child, String parentIri) {
            LinkScorer.Scored s = scorer.score(child, bigrams.get(child.iri()), words.get(child.iri()), byIri.get(parentIri), bigrams.get(parentIri),
                    words.get(parentIri));
            return new ScoredCandidate(byIri.get(parentIri), s.features(), new ArrayList<>(s.evidence()), 0);
        }
    }

    /** The kept candidates of the children of one list. */
    private List<Link> contributionsOf(List<LinkTask> children, ChainPass pass) {
        Map<String, List<ScoredCandidate>> byChild = new LinkedHashMap<>();
        for (LinkTask child : children) {
            Set<String> chain = higherJurisdictions(child.jurisdiction());
            if (chain.isEmpty()) continue;
            int[] years = {child.year(), child.year() - 1};
            Set<String> found = new LinkedHashSet<>(pass.index().search(child.text(), chain, years, SEARCH_DEPTH));
            if (model.uses(Feature.LEAD_UNIT)) for (LinkTask p : pass.leads().ledAbove(child, chain, years)) found.add(p.iri());
            List<ScoredCandidate> scored = new ArrayList<>();
            for (String iri : found) scored.add(pass.score(child, iri));
            byChild.put(child.iri(), scored);
        }
        ListOrder order = pass.order();
        Map<String, Map<String, ListOrder.Anchor>> anchors = model.uses(Feature.ORDER) ? anchors(byChild, order) : Map.of();
        for (Map.Entry<String, List<ScoredCandidate>> e : byChild.entrySet()) {
            LinkTask child = pass.byIri().get(e.getKey());
            Map<String, ScoredCandidate> candidates = new LinkedHashMap<>();
            for (ScoredCandidate c : e.getValue()) candidates.put(c.parent().iri(), c);
            for (Map.Entry<String, Double> s : order.suggested(child, anchors).entrySet()) {
                ScoredCandidate c = candidates.computeIfAbsent(s.getKey(), iri -> pass.score(child, iri));
                c.features()[Feature.ORDER.ordinal()] = s.getValue();
                c.evidence().add(String.format("neighbours aligned %.2f", s.getValue()));
            }
            List<ScoredCandidate> all = new ArrayList<>(candidates.values());
            bestAtLevel(all);
            e.setValue(all);
        }
        if (model.uses(Feature.ALIGNED)) aligned(byChild, order);
        List<Link> links = new ArrayList<>();
        for (Map.Entry<String, List<ScoredCandidate>> e : byChild.entrySet()) {
            LinkTask child = pass.byIri().get(e.getKey());
            List<ScoredCandidate> weighed = pass.twins().shareBest(e.getValue().stream()
                    .map(c -> new ScoredCandidate(c.parent(), c.features(), c.evidence(), model.probability(c.features()))).toList());
            pass.sink().accept(child, weighed);
            links.addAll(kept(child, weighed, model.threshold()));
        }
        return links;
    }

    /** Words weighed by their idf among the tasks, discounted where government writing uses them everywhere (服务, 体系). */
    private Map<String, Double> wordWeights(List<Map<String, Integer>> bags) {
        Map<String, Double> idf = Bigrams.idf(bags);
        return shares == null ? idf : shares.discounted(idf);
    }

    /** Each child's best text match in each parent list. */
    private static Map<String, Map<String, ListOrder.Anchor>> anchors(Map<String, List<ScoredCandidate>> byChild, ListOrder order) {
        Map<String, Map<String, ListOrder.Anchor>> anchors = new HashMap<>();
        byChild.forEach((child, candidates) -> {
            Map<String, ListOrder.Anchor> best = new HashMap<>();
            for (ScoredCandidate c : candidates) {
                ListOrder.Anchor a = order.anchor(c.parent(), textScore(c) / 4);
                best.merge(a.list(), a, (x, y) -> y.text() > x.text() ? y : x);
            }
            anchors.put(child, best);
        });
        return anchors;
    }

    /**
     * The text score of each candidate over the best at its level, and its rank there, so that a clear
     * best stands out and a broad parent that shares words with everything does not.
     */
    private static void bestAtLevel(List<ScoredCandidate> scored) {
        Map<String, List<Double>> byLevel = new HashMap<>();
        for (ScoredCandidate c : scored) byLevel.computeIfAbsent(c.parent().level(), k -> new ArrayList<>()).add(textScore(c));
        byLevel.values().forEach(l -> l.sort(Comparator.reverseOrder()));
        for (ScoredCandidate c : scored) {
            List<Double> level = byLevel.get(c.parent().level());
            double b = level.get(0);
            c.features()[Feature.BEST_AT_LEVEL.ordinal()] = b == 0 ? 0 : textScore(c) / b;
            c.features()[Feature.RANK_AT_LEVEL.ordinal()] = 1.0 / (1 + level.indexOf(textScore(c)));
            if (textScore(c) == b) c.features()[Feature.LEAD_AND_BEST.ordinal()] = c.features()[Feature.LEAD_UNIT.ordinal()];
        }
    }

    /** How well each candidate fits the monotone alignment of the child's list with the parent's list. */
    private static void aligned(Map<String, List<ScoredCandidate>> byChild, ListOrder order) {
        Map<String, Map<String, Map<Integer, Map<Integer, Double>>>> scores = new HashMap<>();
        byChild.forEach((child, candidates) -> {
            for (ScoredCandidate c : candidates) {
                scores.computeIfAbsent(order.list(child), k -> new HashMap<>()).computeIfAbsent(order.list(c.parent().iri()), k -> new HashMap<>())
                        .computeIfAbsent(order.position(child), k -> new HashMap<>()).merge(order.position(c.parent().iri()), textScore(c), Math::max);
            }
        });
        Map<String, Map<String, ListAlignment>> alignments = new HashMap<>();
        scores.forEach((lower, higher) -> higher.forEach((upper, score) -> alignments.computeIfAbsent(lower, k -> new HashMap<>())
                .put(upper, new ListAlignment(order.size(lower), order.size(upper), score))));
        byChild.forEach((child, candidates) -> {
            for (ScoredCandidate c : candidates) {
                ListAlignment a = alignments.get(order.list(child)).get(order.list(c.parent().iri()));
                double fit = a.fit(order.position(child), order.position(c.parent().iri()));
                c.features()[Feature.ALIGNED.ordinal()] = fit;
                if (fit == 1) c.evidence().add("within the lists' alignment");
            }
        });
    }

    private static double textScore(ScoredCandidate c) {
        double[] x = c.features();
        return x[Feature.TEXT.ordinal()] + x[Feature.TEXT_COVER.ordinal()] + x[Feature.WORDS.ordinal()] + x[Feature.WORDS_COVER.ordinal()];
    }

    /**
     * The best {@link #KEEP} candidates at each higher level (a district task's city parents do not crowd
     * out its province parent), and beyond them every accepted one up to {@link #MAX_ACCEPTED}: a child
     * that answers a goal the parent list writes several times links to each restatement.
     */
    static List<Link> kept(LinkTask child, List<ScoredCandidate> weighed, double threshold) {
        List<ScoredCandidate> sorted = new ArrayList<>(weighed);
        sorted.sort(Comparator.comparingDouble(ScoredCandidate::probability).reversed().thenComparing(c -> c.parent().iri()));
        Map<String, Integer> keptPerLevel = new HashMap<>();
        List<Link> links = new ArrayList<>();
        int rank = 0;
        for (ScoredCandidate c : sorted) {
            boolean accepted = c.probability() >= threshold;
            int n = keptPerLevel.merge(c.parent().level(), 1, Integer::sum);
            if (n > MAX_ACCEPTED || n > KEEP && !accepted) continue;
            links.add(new Link(LinkKind.CONTRIBUTES_TO, child.iri(), c.parent().iri(), round(c.probability()), ++rank,
                    String.join("; ", c.evidence()), accepted));
        }
        return links;
    }

    /** The jurisdictions above {@code code} on its chain (its city and province for a district). */
    private Set<String> higherJurisdictions(String code) {
        if (code == null) return Set.of();
        return gazetteer.byCode(code).map(j -> gazetteer.chain(j).stream().skip(1).map(Jurisdiction::code)
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    private static double round(double score) {
        return Math.round(score * 1000) / 1000.0;
    }
}
