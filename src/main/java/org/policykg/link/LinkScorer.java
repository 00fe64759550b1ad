package org.policykg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a candidate parent for a child task from four kinds of evidence: text similarity over
 * character bigrams, shared named entities (quoted terms such as “口袋公园”), a shared indicator
 * among their targets, and numbers that make sense together (a district's 1万 under a city's 12万).
 */
final class LinkScorer {

    static final double TEXT_WEIGHT = 0.6;
    static final double ENTITY_WEIGHT = 0.15;
    static final double INDICATOR_WEIGHT = 0.15;
    static final double NUMBER_WEIGHT = 0.1;

    private static final java.util.Set<String> GENERIC = java.util.Set.of("项目", "企业", "工程", "活动", "设施", "平台", "园区", "资金");
    private static final Pattern QUOTED = Pattern.compile("[“\"《]([^”\"》]{2,20})[”\"》]");

    record Scored(double score, String evidence) {}

    private final Map<String, Double> idf;
    private final Map<String, Map<String, Integer>> indicatorBigrams = new java.util.HashMap<>();
    private final double unseen;

    /** @param idf bigram weights over the corpus the candidates come from */
    LinkScorer(Map<String, Double> idf) {
        this.idf = idf;
        this.unseen = idf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }

    Scored score(LinkTask child, Map<String, Integer> childBigrams, LinkTask parent, Map<String, Integer> parentBigrams) {
        // tf·idf cosine, so that shared topic words (债务, 垃圾分类) count more than shared verbs (推进);
        // cosine alone punishes a short task under a long one (建设充电桩6万个 inside the province's
        // transport task), so half of the text score is how much of the shorter one the longer covers.
        boolean childShorter = childBigrams.size() <= parentBigrams.size();
        double covered = childShorter ? Bigrams.weightedCoverage(childBigrams, parentBigrams, idf, unseen)
                : Bigrams.weightedCoverage(parentBigrams, childBigrams, idf, unseen);
        double text = (Bigrams.cosine(childBigrams, parentBigrams, idf, unseen) + covered) / 2;
        List<String> evidence = new ArrayList<>();
        evidence.add(String.format("text %.2f", text));
        Set<String> shared = entities(child.text());
        shared.retainAll(entities(parent.text()));
        double entity = shared.isEmpty() ? 0 : 1;
        if (!shared.isEmpty()) evidence.add("shared " + String.join(" ", shared.stream().map(e -> "“" + e + "”").toList()));
        double indicator = 0;
        double numbers = 0;
        for (LinkTask.Quantity c : child.targets()) {
            for (LinkTask.Quantity p : parent.targets()) {
                if (!sameIndicator(c, p)) continue;
                indicator = 1;
                boolean fits = c.value() <= p.value();
                if (fits) numbers = 1;
                evidence.add("indicator " + c.indicator() + " " + number(c.value()) + (fits ? " ≤ " : " > ") + number(p.value()));
            }
        }
        double score = TEXT_WEIGHT * text + ENTITY_WEIGHT * entity + INDICATOR_WEIGHT * indicator + NUMBER_WEIGHT * numbers;
        return new Scored(score, String.join("; ", evidence));
    }

    static Set<String> entities(String text) {
        Set<String> found = new HashSet<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    /**
     * Indicators that share most of their characters (停车泊位 / 机动车停车泊位) counted in the same
     * unit; any measure word counts like any other (充电桩4000根 under 充电桩6万个).
     */
    boolean sameIndicator(LinkTask.Quantity a, LinkTask.Quantity b) {
        boolean measureWords = !a.unit().startsWith("http") && !b.unit().startsWith("http");
        if (!measureWords && !a.unit().equals(b.unit())) return false;
        // 项目, 企业: two characters name too little to say two tasks count the same thing.
        if (a.indicator().length() < 3 || b.indicator().length() < 3) return a.indicator().equals(b.indicator()) && a.indicator().length() >= 2
                && !GENERIC.contains(a.indicator());
        if (a.indicator().contains(b.indicator()) || b.indicator().contains(a.indicator())) return true;
        // Indicators are already normalised text: their bigrams need no normalisation pass.
        return Bigrams.dice(indicatorBigrams(a.indicator()), indicatorBigrams(b.indicator())) >= 0.5;
    }

    /** Indicators recur across thousands of candidate pairs: their bigrams are made once per run. */
    private Map<String, Integer> indicatorBigrams(String indicator) {
        return indicatorBigrams.computeIfAbsent(indicator, Bigrams::ofKey);
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
