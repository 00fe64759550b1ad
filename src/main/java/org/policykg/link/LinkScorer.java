package org.policykg.link;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The evidence of a candidate parent for a child task that the pair alone gives ({@link Feature}):
 * text similarity over character bigrams and over words, shared named entities (quoted terms such
 * as “口袋公园”), a shared indicator among their targets, numbers that make sense together (a
 * district's 1万 under a city's 12万), and the units that carry both.
 */
final class LinkScorer {

    private static final java.util.Set<String> GENERIC = java.util.Set.copyOf(org.policykg.query.WordList.read("/org/policykg/indicator/generic-indicators.txt"));
    private static final Pattern QUOTED = Pattern.compile("[“\"《]([^”\"》]{2,20})[”\"》]");

    /** The features of a pair (indexed by {@link Feature#ordinal()}) and what they rest on, for people. */
    record Scored(double[] features, List<String> evidence) {}

    private final Map<String, Double> idf;
    private final Map<String, Double> wordIdf;
    private final double unseenWord;
    private final Map<String, Map<String, Integer>> indicatorBigrams = new java.util.HashMap<>();
    private final double unseen;
    private final IndicatorConcepts concepts;
    /** How many tasks a unit leads: an office that leads two tasks says more about a pair than one that leads forty. */
    private final java.util.function.ToIntFunction<String> ledCount;
    /** Each task's clauses as bigram bags, made once per run. */
    private final Map<String, List<Map<String, Integer>>> clauses = new java.util.HashMap<>();
    private static final Pattern CLAUSE = Pattern.compile("[,，;；。:：!！?？]");
    /** A clause of fewer bigrams (加快建设) names no goal of its own. */
    private static final int MIN_CLAUSE = 4;
    /** Each heading's words, made once per run. */
    private final Map<String, Map<String, Integer>> headings = new java.util.HashMap<>();
    /** Norms by bag identity: each bag is one task's, and the weights are fixed for the run. */
    private final Map<Map<String, Integer>, Double> norms = new java.util.IdentityHashMap<>();

    /** Words of one theme, for the theme vectors; null for none. */
    private final WordThemes themes;
    /** Each task's theme closure ({@link WordThemes#closure}), made once per run. */
    private final Map<String, Map<String, Double>> closures = new java.util.HashMap<>();

    /**
     * @param idf bigram weights and {@code wordIdf} word weights over the corpus the candidates come from
     * @param themes words of one theme, or null where the model does not weigh the theme
     */
    LinkScorer(Map<String, Double> idf, Map<String, Double> wordIdf, IndicatorConcepts concepts, java.util.function.ToIntFunction<String> ledCount,
               WordThemes themes) {
        this.themes = themes;
        this.concepts = concepts;
        this.ledCount = ledCount;
        this.idf = idf;
        this.unseen = idf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        this.wordIdf = wordIdf;
        this.unseenWord = wordIdf.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    }

    Scored score(LinkTask child, Map<String, Integer> childBigrams, Words.Bags childWords,
                 LinkTask parent, Map<String, Integer> parentBigrams, Words.Bags parentWords) {
        double[] x = new double[Feature.values().length];
        // tf·idf cosine, so that shared topic words (债务, 垃圾分类) count more than shared verbs (推进);
        // cosine alone punishes a short task under a long one (建设充电桩6万个 inside the province's
        // transport task), so half of the text score is how much of the shorter one the longer covers.
        boolean childShorter = childBigrams.size() <= parentBigrams.size();
        double covered = childShorter ? Bigrams.weightedCoverage(childBigrams, parentBigrams, idf, unseen)
                : Bigrams.weightedCoverage(parentBigrams, childBigrams, idf, unseen);
        x[Feature.TEXT.ordinal()] = cosine(childBigrams, parentBigrams, idf, unseen);
        x[Feature.TEXT_COVER.ordinal()] = covered;
        List<String> evidence = new ArrayList<>();
        evidence.add(String.format("text %.2f/%.2f", x[Feature.TEXT.ordinal()], covered));
        x[Feature.WORDS.ordinal()] = cosine(childWords.words(), parentWords.words(), wordIdf, unseenWord);
        x[Feature.WORDS_COVER.ordinal()] = cover(childWords.words(), parentWords.words(), wordIdf, unseenWord);
        x[Feature.WORD_CLASSES.ordinal()] = (cosine(childWords.classes(), parentWords.classes(), wordIdf, unseenWord)
                + cover(childWords.classes(), parentWords.classes(), wordIdf, unseenWord)) / 2;
        if (themes != null) x[Feature.THEME.ordinal()] = (WordThemes.softCover(childWords.words(), closure(parent, parentWords), wordIdf, unseenWord)
                + WordThemes.softCover(parentWords.words(), closure(child, childWords), wordIdf, unseenWord)) / 2;
        evidence.add(String.format("words %.2f/%.2f, classes %.2f", x[Feature.WORDS.ordinal()], x[Feature.WORDS_COVER.ordinal()], x[Feature.WORD_CLASSES.ordinal()]));
        if (themes != null) evidence.add(String.format("theme %.2f", x[Feature.THEME.ordinal()]));
        if (!parent.level().equals(parentLevel(child))) x[Feature.TWO_UP.ordinal()] = 1;
        Set<String> shared = entities(child.text());
        shared.retainAll(entities(parent.text()));
        x[Feature.ENTITY.ordinal()] = shared.isEmpty() ? 0 : 1;
        if (!shared.isEmpty()) evidence.add("shared " + String.join(" ", shared.stream().map(e -> "“" + e + "”").toList()));
        units(child, parent, x, evidence);
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
        x[Feature.CLAUSE.ordinal()] = bestClause(child, parent);
        Set<String> named = concepts.shared(child, parent);
        if (!named.isEmpty()) {
            x[Feature.INDICATOR_CONCEPT.ordinal()] = 1;
            evidence.add("both name " + String.join(" ", named));
        }
        section(child, parent, parentWords, x);
        x[Feature.INDICATOR.ordinal()] = indicator;
        x[Feature.NUMBERS.ordinal()] = numbers;
        return new Scored(x, evidence);
    }

    /** The child's heading against the parent's heading and against its text; nothing for a task under no heading. */
    private void section(LinkTask child, LinkTask parent, Words.Bags parentWords, double[] x) {
        if (child.section().isEmpty()) return;
        Map<String, Integer> childHeading = headingWords(child.section());
        if (!parent.section().isEmpty()) {
            Map<String, Integer> parentHeading = headingWords(parent.section());
            x[Feature.SECTION.ordinal()] = cosine(childHeading, parentHeading, wordIdf, unseenWord);
        }
        x[Feature.SECTION_TEXT.ordinal()] = Bigrams.weightedCoverage(childHeading, parentWords.words(), wordIdf, unseenWord);
    }

    private Map<String, Double> closure(LinkTask task, Words.Bags words) {
        return closures.computeIfAbsent(task.iri(), k -> themes.closure(words.words()));
    }

    /** A heading's words, segmented once per run (a list has a few dozen headings). */
    private Map<String, Integer> headingWords(String heading) {
        return headings.computeIfAbsent(heading, h -> Words.of(h).words());
    }

    /**
     * The best tf·idf cosine between a clause of the child and a clause of the parent: a district task
     * that carries several goals (净土, 垃圾分类, 无废城市) answers each in one clause, and a broad
     * province item states each goal in one clause too.
     */
    private double bestClause(LinkTask child, LinkTask parent) {
        double best = 0;
        for (Map<String, Integer> c : clauses(child)) {
            for (Map<String, Integer> p : clauses(parent)) {
                best = Math.max(best, cosine(c, p, idf, unseen));
            }
        }
        return best;
    }

    private List<Map<String, Integer>> clauses(LinkTask task) {
        return clauses.computeIfAbsent(task.iri(), k -> {
            List<Map<String, Integer>> bags = new ArrayList<>();
            for (String clause : CLAUSE.split(task.text())) {
                Map<String, Integer> bag = Bigrams.of(clause);
                if (bag.size() >= MIN_CLAUSE) bags.add(bag);
            }
            return bags;
        });
    }

    /** A bag's tf·idf norm, found once per bag (each task is compared with dozens of others). */
    /** Bigrams' cosine with each bag's norm computed once per run. */
    private double cosine(Map<String, Integer> a, Map<String, Integer> b, Map<String, Double> weights, double unseenWeight) {
        return Bigrams.cosine(a, norm(a, weights, unseenWeight), b, norm(b, weights, unseenWeight), weights, unseenWeight);
    }

    private double norm(Map<String, Integer> bag, Map<String, Double> weights, double unseenWeight) {
        return norms.computeIfAbsent(bag, b -> Bigrams.norm(b, weights, unseenWeight));
    }

    /** The idf-weighted share of the shorter bag that the other has. */
    private static double cover(Map<String, Integer> a, Map<String, Integer> b, Map<String, Double> idf, double unseen) {
        return a.size() <= b.size() ? Bigrams.weightedCoverage(a, b, idf, unseen) : Bigrams.weightedCoverage(b, a, idf, unseen);
    }

    /** The level just above the child's. */
    private static String parentLevel(LinkTask child) {
        return switch (child.level()) {
            case "district" -> "city";
            case "city" -> "province";
            default -> "";
        };
    }

    private void units(LinkTask child, LinkTask parent, double[] x, List<String> evidence) {
        if (UnitMatch.any(child.leads(), child.jurisdiction(), parent.leads())) {
            x[Feature.LEAD_UNIT.ordinal()] = 1;
            evidence.add("same lead unit");
            for (String c : child.leads()) for (String p : parent.leads()) {
                if (UnitMatch.same(c, child.jurisdiction(), p)) x[Feature.LEAD_UNIT_RARE.ordinal()] = Math.max(x[Feature.LEAD_UNIT_RARE.ordinal()], 1.0 / Math.max(1, ledCount.applyAsInt(p)));
            }
        }
        if (UnitMatch.any(child.units(), child.jurisdiction(), parent.units())) {
            x[Feature.SHARED_UNIT.ordinal()] = 1;
            if (x[Feature.LEAD_UNIT.ordinal()] == 0) evidence.add("a unit in common");
        }
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
        // A Chinese indicator names what it counts last (停车泊位 / 机动车停车泊位): sharing words before
        // it is not enough (老旧小区改造 / 老旧小区绿化提升 count different things).
        if (!a.indicator().endsWith(b.indicator().substring(b.indicator().length() - 2))) return false;
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
