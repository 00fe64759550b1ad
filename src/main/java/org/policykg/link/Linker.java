package org.policykg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.Jurisdiction;
import org.policykg.normalise.MatchKey;

/**
 * Infers the links between tasks that no document states: the same task written twice, a task
 * taken from a paragraph of its report, and a lower-level task that contributes to a higher-level
 * task of its own chain (district → its city → its province; the same plan year or the year before).
 */
public final class Linker {

    /** Candidates kept per child and higher level, with their ranks. */
    public static final int KEEP = 3;
    /**
     * When a kept candidate counts as a link: from {@link #ACCEPT_ALWAYS}, or from {@link #THRESHOLD}
     * when it scores within {@link #NEAR_BEST} of the best candidate at its level. Chosen by
     * measurement on the labelled seed links (BENCHMARKS.md).
     */
    public static final double THRESHOLD = 0.10;
    public static final double ACCEPT_ALWAYS = 0.25;
    public static final double NEAR_BEST = 0.9;
    /** Candidates below this score are not kept at all. */
    public static final double MIN_KEPT_SCORE = 0.1;
    private static final int SEARCH_DEPTH = 20;
    private static final double NEAR_DUPLICATE = 0.8;
    private static final double PARAGRAPH_COVERAGE = 0.6;

    private final Gazetteer gazetteer;

    public Linker(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A paragraph of a report's text. */
    public record ReportParagraph(String iri, String reportIri, String text) {}

    public List<Link> link(List<LinkTask> tasks, List<ReportParagraph> paragraphs) {
        Map<String, Map<String, Integer>> bigrams = new HashMap<>();
        Map<String, String> keys = new HashMap<>();
        for (LinkTask t : tasks) {
            keys.put(t.iri(), MatchKey.of(t.text()));
            bigrams.put(t.iri(), Bigrams.ofKey(keys.get(t.iri())));
        }
        List<Link> links = new ArrayList<>(sameTasks(tasks, keys, bigrams));
        links.addAll(derived(tasks, paragraphs, keys, bigrams));
        links.addAll(contributions(tasks, bigrams));
        return links;
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

    /** For each task, the best few higher-level tasks of its chain, by indexed search then scoring. */
    List<Link> contributions(List<LinkTask> tasks, Map<String, Map<String, Integer>> bigrams) {
        Map<String, LinkTask> byIri = new HashMap<>();
        for (LinkTask t : tasks) byIri.put(t.iri(), t);
        List<Link> links = new ArrayList<>();
        LinkScorer scorer = new LinkScorer(Bigrams.idf(bigrams.values()));
        try (CandidateIndex index = new CandidateIndex(tasks)) {
            for (LinkTask child : tasks) {
                Set<String> chain = higherJurisdictions(child.jurisdiction());
                if (chain.isEmpty()) continue;
                List<Candidate> scored = new ArrayList<>();
                for (String iri : index.search(child.text(), chain, new int[] {child.year(), child.year() - 1}, SEARCH_DEPTH)) {
                    LinkTask parent = byIri.get(iri);
                    LinkScorer.Scored s = scorer.score(child, bigrams.get(child.iri()), parent, bigrams.get(iri));
                    if (s.score() >= MIN_KEPT_SCORE) scored.add(new Candidate(parent, s));
                }
                scored.sort(Comparator.comparingDouble((Candidate c) -> c.scored().score()).reversed()
                        .thenComparing(c -> c.parent().iri()));
                // The best few at each higher level: a district task's city parents do not crowd out its province parent.
                Map<String, Integer> keptPerLevel = new HashMap<>();
                Map<String, Double> bestPerLevel = new HashMap<>();
                int rank = 0;
                for (Candidate c : scored) {
                    String level = c.parent().level();
                    if (keptPerLevel.merge(level, 1, Integer::sum) > KEEP) continue;
                    double score = c.scored().score();
                    double best = bestPerLevel.computeIfAbsent(level, l -> score);
                    boolean accepted = score >= ACCEPT_ALWAYS || score >= THRESHOLD && score >= NEAR_BEST * best;
                    links.add(new Link(LinkKind.CONTRIBUTES_TO, child.iri(), c.parent().iri(), round(score), ++rank,
                            c.scored().evidence(), accepted));
                }
            }
        }
        return links;
    }

    private record Candidate(LinkTask parent, LinkScorer.Scored scored) {}

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
