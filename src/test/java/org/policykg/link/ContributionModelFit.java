package org.policykg.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.policykg.SeedStore;
import org.policykg.store.Tdb2Store;

/**
 * Fits the {@link ContributionModel} on the tuning half of the labelled links and chooses its
 * threshold there, and compares levers by 5-fold cross-validation inside the tuning half (each fold's
 * model and threshold fitted on the other four). The test half is scored only when asked ({@code --test}),
 * at checkpoints: every test score looked at goes to BENCHMARKS.md.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.policykg.link.ContributionModelFit STORE [--write] [--test] [--errors]
 * java -Dchildren=000:1:2,000:1:5 -cp ... org.policykg.link.ContributionModelFit STORE --kept
 * java -Drepeats=12 [-Drows=p|ratio|calibrated|stacked] [-DskipKept=true] -cp ... org.policykg.link.ContributionModelFit STORE --conditional
 * java [-Dl2=0.001] -cp ... org.policykg.link.ContributionModelFit STORE --ceiling
 * </pre>
 * {@code -Dprecision=0.92} chooses thresholds for another precision than the 0.9 (to compare levers at equal precision);
 * {@code --ceiling} scores fits on the children they were fitted on (sixth round).
 * {@code --conditional} measures the conditional (per-child softmax) model of the fifth round ({@link ConditionalModel}) beside
 * the kept logistic regression; it was not adopted (BENCHMARKS.md, "Fifth round").
 * STORE is a store built from the seeds; {@code --write} replaces the model resource with the fit on the whole tuning half.
 */
public final class ContributionModelFit {

    private static final double L2 = Double.parseDouble(System.getProperty("l2", "0.1"));
    private static final int ITERATIONS = 25;
    private static final int FOLDS = 5;

    record Sample(double[] x, boolean positive) {}

    private final List<LinkTask> tasks;
    private final Map<String, LinkTask> byIri;
    private final LinkEvaluation.Labels tuning;
    private final LinkEvaluation.Labels test;
    /** Every labelled child's candidates with all features, found once (the model only weighs them). */
    private final Map<LinkTask, List<Linker.ScoredCandidate>> candidates = new LinkedHashMap<>();
    private final SameTasks twins;
    private boolean heldOut = HELD_OUT;

    ContributionModelFit(List<LinkTask> tasks) throws IOException {
        this.tasks = tasks;
        this.byIri = tasks.stream().collect(Collectors.toMap(LinkTask::iri, Function.identity()));
        this.tuning = LinkEvaluation.load(LinkEvaluation.TUNING);
        this.test = LinkEvaluation.load(LinkEvaluation.TEST);
        Map<Feature, Double> all = new EnumMap<>(Feature.class);
        for (Feature f : Feature.values()) all.put(f, 0.0);
        // -Dshares=false: without the discount of words common in government writing (a lever).
        Linker linker = new Linker(SeedStore.GAZETTEER, new ContributionModel(0, all, 0.5),
                Boolean.parseBoolean(System.getProperty("shares", "true")) ? WordShares.load() : null);
        this.twins = linker.twins(tasks);
        linker.contributions(tasks, bigrams(), SameTasks.none(), (child, found) -> {
            String id = LinkEvaluation.shortId(child);
            if (tuning.contributions().containsKey(id) || test.contributions().containsKey(id)) candidates.put(child, found);
        });
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args).subList(1, args.length);
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
            ContributionModelFit fit = new ContributionModelFit(new CorpusReader(store.dataset()).tasks());
            ContributionModel all = fit.fit(CHOSEN, fit.tuning.contributions());
            if (options.contains("--dump")) {
                fit.dump();
                return;
            }
            if (options.contains("--errors")) {
                fit.errors(all);
                return;
            }
            if (options.contains("--ceiling")) {
                fit.ceiling();
                return;
            }
            if (options.contains("--kept")) {
                fit.kept(Set.of(System.getProperty("children", "").split(",")));
                return;
            }
            if (options.contains("--conditional")) {
                fit.conditionalRows(options.contains("--test"));
                return;
            }
            Map<String, Set<Feature>> levers = levers();
            if (System.getProperty("levers") != null) levers.keySet().retainAll(Set.of(System.getProperty("levers").split("\\|")));
            else if (options.contains("--chosen")) levers.keySet().retainAll(Set.of("chosen (all but list alignment and theme)", "without headings",
                    "without unit rarity and lead × best", "without unit rarity", "without lead × best", "second round's features",
                    "with theme"));
            for (Map.Entry<String, Set<Feature>> lever : levers.entrySet()) fit.report(lever.getKey(), lever.getValue(), options.contains("--test"));
            fit.heldOut = false;
            fit.report("chosen, threshold on fitted children", CHOSEN, options.contains("--test"));
            fit.heldOut = true;
            System.out.println();
            System.out.println(format(all));
            if (options.contains("--write")) {
                Files.writeString(Path.of("src/main/resources/org/policykg/link", ContributionModel.RESOURCE), format(all));
            }
        }
    }

    /** One row: cross-validated on the tuning half, and with {@code test} fitted on it and scored on both halves. */
    private void report(String name, Set<Feature> features, boolean withTest) {
        String line = String.format("%-34s", name) + "cross-validated on tuning " + crossValidated(features);
        if (withTest) {
            ContributionModel m = fit(features, tuning.contributions());
            line += " | tuning " + score(m, tuning.contributions()) + " | TEST " + score(m, test.contributions());
        }
        System.out.println(line);
    }

    /**
     * The features of the model written: every lever but the lists' alignment, which on the tuning
     * half's cross-validation added two wrong links and no right one, and the theme, whose extra links
     * were right in 22 of 38 over twelve splits (BENCHMARKS.md).
     */
    static final Set<Feature> CHOSEN = without(Feature.ALIGNED, Feature.THEME);

    /** The full model first, then without each lever, then the bigram text alone. */
    static Map<String, Set<Feature>> levers() {
        Map<String, Set<Feature>> levers = new LinkedHashMap<>();
        levers.put("all levers", EnumSet.allOf(Feature.class));
        levers.put("chosen (all but list alignment and theme)", CHOSEN);
        levers.put("without words (HanLP + synonyms)", without(Feature.WORDS, Feature.WORDS_COVER, Feature.WORD_CLASSES));
        levers.put("without thesaurus classes", without(Feature.WORD_CLASSES));
        levers.put("without units", without(Feature.LEAD_UNIT, Feature.SHARED_UNIT));
        levers.put("without indicators and numbers", without(Feature.INDICATOR, Feature.NUMBERS));
        levers.put("without indicator thesaurus", without(Feature.INDICATOR_CONCEPT));
        levers.put("without order (neighbours)", without(Feature.ORDER));
        levers.put("without list alignment", without(Feature.ALIGNED));
        levers.put("without order and alignment", without(Feature.ORDER, Feature.ALIGNED));
        levers.put("without rank at level", without(Feature.RANK_AT_LEVEL));
        levers.put("without quoted names", without(Feature.ENTITY));
        levers.put("without clauses", without(Feature.CLAUSE));
        levers.put("without headings", without(Feature.SECTION, Feature.SECTION_TEXT));
        levers.put("without unit rarity and lead × best", without(Feature.LEAD_UNIT_RARE, Feature.LEAD_AND_BEST));
        levers.put("without unit rarity", without(Feature.LEAD_UNIT_RARE));
        levers.put("without lead × best", without(Feature.LEAD_AND_BEST));
        levers.put("with theme", without(Feature.ALIGNED));
        levers.put("second round's features", without(Feature.ALIGNED, Feature.THEME, Feature.SECTION, Feature.SECTION_TEXT, Feature.LEAD_UNIT_RARE, Feature.LEAD_AND_BEST));
        levers.put("bigram text alone", EnumSet.of(Feature.TEXT, Feature.TEXT_COVER, Feature.BEST_AT_LEVEL, Feature.TWO_UP));
        return levers;
    }

    private static Set<Feature> without(Feature... features) {
        Set<Feature> set = EnumSet.allOf(Feature.class);
        for (Feature f : features) set.remove(f);
        return set;
    }

    /** Precision the threshold is chosen for, on the training children: the aim. */
    static final double TARGET_PRECISION = Double.parseDouble(System.getProperty("precision", "0.9"));

    /**
     * Logistic regression on the given children's candidates, then its threshold: the lowest at which
     * their precision reaches {@link #TARGET_PRECISION} (the threshold of best F1 if none does), read on
     * out-of-fold probabilities ({@link #outOfFold}).
     */
    ContributionModel fit(Set<Feature> features, Map<String, Set<String>> labels) {
        List<Sample> samples = samples(labels);
        double[] w = regression(samples, features);
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature f : features) weights.put(f, round(w[f.ordinal() + 1]));
        ContributionModel unthresholded = new ContributionModel(round(w[0]), weights, 0.5);
        Map<LinkTask, List<Linker.ScoredCandidate>> weighed = heldOut ? outOfFold(features, labels) : weighedWithoutEvidence(unthresholded, labels);
        double bestF1 = -1;
        ContributionModel byF1 = unthresholded;
        ContributionModel precise = null;
        for (int t = 5; t <= 95; t++) {
            ContributionModel m = new ContributionModel(unthresholded.intercept(), weights, t / 100.0);
            LinkEvaluation.Metrics s = score(m, weighed, labels);
            double f1 = s.predicted() == 0 ? 0 : 2.0 * s.correct() / (s.predicted() + s.positives());
            if (f1 > bestF1) {
                bestF1 = f1;
                byF1 = m;
            }
            if (precise == null && s.predicted() > 0 && s.precision() >= TARGET_PRECISION) precise = m;
        }
        return precise != null ? precise : byF1;
    }

    /**
     * The children's candidates, each child's weighed by a model fitted on the other folds of {@code labels}:
     * probabilities as a new child would get them. A threshold chosen on the probabilities of the children
     * the weights were fitted on reaches its precision there and falls short on new ones.
     */
    private Map<LinkTask, List<Linker.ScoredCandidate>> outOfFold(Set<Feature> features, Map<String, Set<String>> labels) {
        List<String> children = new ArrayList<>(labels.keySet());
        Map<LinkTask, List<Linker.ScoredCandidate>> weighed = new LinkedHashMap<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            Map<String, Set<String>> train = new java.util.TreeMap<>();
            Map<String, Set<String>> held = new java.util.TreeMap<>();
            for (int i = 0; i < children.size(); i++) (i % FOLDS == fold ? held : train).put(children.get(i), labels.get(children.get(i)));
            double[] w = regression(samples(train), features);
            Map<Feature, Double> weights = new EnumMap<>(Feature.class);
            for (Feature f : features) weights.put(f, w[f.ordinal() + 1]);
            weighed.putAll(weighedWithoutEvidence(new ContributionModel(w[0], weights, 0.5), held));
        }
        return weighed;
    }

    /** Whether thresholds are chosen on out-of-fold probabilities (-Dheldout=false: on the fitted children's own). */
    private static final boolean HELD_OUT = Boolean.parseBoolean(System.getProperty("heldout", "true"));

    /**
     * Each tuning fold scored by the model fitted, and thresholded, on the other folds; the counts summed.
     * With {@code -Drepeats=N} the cross-validation is repeated over N splits (the first by the children's
     * sorted order, the others shuffled by a fixed seed) and the counts summed over them, which evens out
     * the luck of one split when levers differ by a few links.
     */
    LinkEvaluation.Metrics crossValidated(Set<Feature> features) {
        return crossValidated(features, child -> true);
    }

    /** The same, each held-out fold scored on the children {@code scored} accepts only (all are fitted on). */
    LinkEvaluation.Metrics crossValidated(Set<Feature> features, Predicate<String> scored) {
        return crossValidated((train, held) -> score(fit(features, train), held), scored);
    }

    /** The cross-validation of any model: {@code fitAndScore} fits on the training folds and scores the held-out one. */
    LinkEvaluation.Metrics crossValidated(BiFunction<Map<String, Set<String>>, Map<String, Set<String>>, LinkEvaluation.Metrics> fitAndScore,
                                          Predicate<String> scored) {
        int predicted = 0, correct = 0, positives = 0, top3 = 0;
        for (int r = 0; r < REPEATS; r++) {
            List<String> children = new ArrayList<>(tuning.contributions().keySet());
            if (r > 0) java.util.Collections.shuffle(children, new java.util.Random(r));
            for (int fold = 0; fold < FOLDS; fold++) {
                Map<String, Set<String>> train = new java.util.TreeMap<>();
                Map<String, Set<String>> held = new java.util.TreeMap<>();
                for (int i = 0; i < children.size(); i++) {
                    (i % FOLDS == fold ? held : train).put(children.get(i), tuning.contributions().get(children.get(i)));
                }
                held.keySet().removeIf(scored.negate());
                LinkEvaluation.Metrics m = fitAndScore.apply(train, held);
                predicted += m.predicted();
                correct += m.correct();
                positives += m.positives();
                top3 += m.foundInTop3();
            }
        }
        return new LinkEvaluation.Metrics(predicted, correct, positives, top3);
    }

    private static final int REPEATS = Integer.getInteger("repeats", 1);

    /**
     * Whether labels added to the tuning half call for a refit: the model kept (the resource, which was not
     * fitted on the {@code added} children) against the refit's cross-validation, each on the added children
     * and on the others.
     */
    private void kept(Set<String> added) {
        Map<String, Set<String>> fresh = new java.util.TreeMap<>(tuning.contributions());
        Map<String, Set<String>> rest = new java.util.TreeMap<>(tuning.contributions());
        fresh.keySet().retainAll(added);
        rest.keySet().removeAll(added);
        ContributionModel kept = ContributionModel.load();
        System.out.println("kept model: added children " + score(kept, fresh) + " | the others (fitted on them) " + score(kept, rest));
        System.out.println("refit, cross-validated: added children " + crossValidated(CHOSEN, added::contains)
                + " | the others " + crossValidated(CHOSEN, child -> !added.contains(child)));
    }

    /**
     * What the features can separate: each model fitted on the whole tuning half and scored on the same
     * children, its threshold the lowest with the target precision there. Figures in sample are optimistic
     * (a fit scores lower on children it was not fitted on), so they bound what a refit can promise; the
     * test half is not read.
     */
    private void ceiling() {
        heldOut = false;
        Map<String, Set<Feature>> sets = new LinkedHashMap<>();
        sets.put("chosen", CHOSEN);
        sets.put("every feature", EnumSet.allOf(Feature.class));
        sets.forEach((name, features) -> System.out.println(String.format("%-14s", name) + "in sample, L2 " + L2 + ": "
                + score(fit(features, tuning.contributions()), tuning.contributions())));
    }

    /** Every candidate of a labelled child, with its features and whether the labels call it a parent. */
    private List<Sample> samples(Map<String, Set<String>> labels) {
        List<Sample> samples = new ArrayList<>();
        candidates.forEach((child, found) -> {
            Set<String> truth = labels.get(LinkEvaluation.shortId(child));
            if (truth == null) return;
            for (Linker.ScoredCandidate c : found) samples.add(new Sample(c.features(), truth.contains(LinkEvaluation.shortId(c.parent()))));
        });
        return samples;
    }

    /** The links the model keeps for the labelled children, scored against the labels. */
    LinkEvaluation.Metrics score(ContributionModel model, Map<String, Set<String>> labels) {
        return score(model, weighedWithoutEvidence(model, labels), labels);
    }

    private LinkEvaluation.Metrics score(ContributionModel model, Map<LinkTask, List<Linker.ScoredCandidate>> weighed, Map<String, Set<String>> labels) {
        List<Link> links = new ArrayList<>();
        weighed.forEach((child, found) -> links.addAll(Linker.kept(child, found, model.threshold())));
        return LinkEvaluation.contributions(links, byIri, labels);
    }

    /** The labelled children's candidates weighed by the model; evidence left out, as scoring does not read it. */
    private Map<LinkTask, List<Linker.ScoredCandidate>> weighedWithoutEvidence(ContributionModel model, Map<String, Set<String>> labels) {
        Map<LinkTask, List<Linker.ScoredCandidate>> weighed = new LinkedHashMap<>();
        candidates.forEach((child, found) -> {
            if (!labels.containsKey(LinkEvaluation.shortId(child))) return;
            weighed.put(child, twins.shareBest(found.stream().map(c -> new Linker.ScoredCandidate(c.parent(), c.features(), List.of(),
                    model.probability(c.features()))).toList()));
        });
        return weighed;
    }

    private List<Linker.ScoredCandidate> weighed(ContributionModel model, List<Linker.ScoredCandidate> found) {
        return twins.shareBest(found.stream().map(c -> new Linker.ScoredCandidate(c.parent(), c.features(), c.evidence(),
                model.probability(c.features()))).toList());
    }

    private Map<String, Map<String, Integer>> bigrams() {
        Map<String, Map<String, Integer>> bigrams = new java.util.HashMap<>();
        for (LinkTask t : tasks) bigrams.put(t.iri(), Bigrams.of(t.text()));
        return bigrams;
    }

    /** Newton's method on the L2-regularised log loss; w[0] is the intercept, w[f + 1] feature f's weight. */
    static double[] regression(List<Sample> samples, Set<Feature> features) {
        int n = Feature.values().length + 1;
        double[] w = new double[n];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (Sample s : samples) {
                double[] x = row(s, features);
                double z = 0;
                for (int i = 0; i < n; i++) z += w[i] * x[i];
                double p = 1 / (1 + Math.exp(-z));
                for (int i = 0; i < n; i++) {
                    gradient[i] += (p - (s.positive() ? 1 : 0)) * x[i];
                    for (int j = 0; j < n; j++) hessian[i][j] += p * (1 - p) * x[i] * x[j];
                }
            }
            for (int i = 0; i < n; i++) {
                // Unused features get a unit diagonal so the system stays solvable; their weight stays 0.
                boolean used = i == 0 || features.contains(Feature.values()[i - 1]);
                gradient[i] += i == 0 ? 0 : L2 * w[i];
                hessian[i][i] += used ? (i == 0 ? 1e-9 : L2) : 1;
            }
            double[] step = solve(hessian, gradient);
            for (int i = 0; i < n; i++) w[i] -= step[i];
        }
        return w;
    }

    private static double[] row(Sample s, Set<Feature> features) {
        double[] x = new double[Feature.values().length + 1];
        x[0] = 1;
        for (Feature f : features) x[f.ordinal() + 1] = s.x()[f.ordinal()];
        return x;
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = java.util.Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
            double[] t = m[c]; m[c] = m[pivot]; m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r == c) continue;
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = m[i][n] / m[i][i];
        return x;
    }

    /** The tuning half's candidates as a table (half, child, parent, label, features), for reading. */
    void dump() {
        System.out.println("child\tparent\tpositive\t" + String.join("\t", java.util.Arrays.stream(Feature.values()).map(Enum::name).toList()));
        candidates.forEach((child, found) -> {
            Set<String> truth = tuning.contributions().get(LinkEvaluation.shortId(child));
            if (truth == null) return;
            for (Linker.ScoredCandidate c : found) {
                StringBuilder line = new StringBuilder(LinkEvaluation.shortId(child) + "\t" + LinkEvaluation.shortId(c.parent()) + "\t"
                        + (truth.contains(LinkEvaluation.shortId(c.parent())) ? 1 : 0));
                for (double v : c.features()) line.append('\t').append(round(v));
                System.out.println(line);
            }
        });
    }

    /** The tuning half's misses and wrong links, for reading (never the test half's). */
    void errors(ContributionModel model) {
        candidates.forEach((child, found) -> {
            String id = LinkEvaluation.shortId(child);
            Set<String> truth = tuning.contributions().get(id);
            if (truth == null) return;
            List<String> lines = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            List<Linker.ScoredCandidate> weighed = weighed(model, found);
            Set<String> accepted = new java.util.HashSet<>();
            for (Link l : Linker.kept(child, weighed, model.threshold())) if (l.accepted()) accepted.add(l.parent());
            for (Linker.ScoredCandidate c : weighed) {
                String p = LinkEvaluation.shortId(c.parent());
                boolean right = truth.contains(p);
                if (right) seen.add(p);
                if (right != accepted.contains(c.parent().iri())) lines.add((right ? "  MISSED " : "  WRONG  ") + p + String.format(" %.2f ", c.probability())
                        + String.join("; ", c.evidence()) + " | " + c.parent().text().substring(0, Math.min(40, c.parent().text().length())));
            }
            for (String p : truth) if (!seen.contains(p)) lines.add("  NOT FOUND " + p + " | " + byShort(p));
            if (lines.isEmpty()) return;
            System.out.println(id + " " + byShort(id));
            lines.forEach(System.out::println);
        });
    }

    private String byShort(String id) {
        return tasks.stream().filter(t -> LinkEvaluation.shortId(t).equals(id)).findFirst().map(t -> t.text().substring(0, Math.min(50, t.text().length()))).orElse("?");
    }

    // The conditional (per-child softmax) model: issue 13, fifth round (BENCHMARKS.md).

    /** One row: a model form cross-validated on the tuning half, then fitted on all of it (and scored on the test half if asked). */
    private <M> void conditionalRow(String name, Function<Map<String, Set<String>>, M> fit,
                                    BiFunction<M, Map<String, Set<String>>, LinkEvaluation.Metrics> score, boolean withTest) {
        String line = String.format("%-34s", name) + "cross-validated on tuning "
                + crossValidated((train, held) -> score.apply(fit.apply(train), held), child -> true);
        M m = fit.apply(tuning.contributions());
        if (withTest) line += " | tuning " + score.apply(m, tuning.contributions()) + " | TEST " + score.apply(m, test.contributions());
        System.out.println(line);
        System.out.println("  fitted on the whole tuning half: " + m);
    }

    /** The rows of the fifth round: the kept logistic model beside the conditional model under each acceptance rule. */
    private void conditionalRows(boolean withTest) {
        if (!Boolean.getBoolean("skipKept")) report("kept: logistic, one threshold", CHOSEN, withTest);
        Set<String> rows = Set.of(System.getProperty("rows", "p|ratio|calibrated|stacked").split("\\|"));
        if (rows.contains("stacked")) conditionalRow("logistic + conditional share", train -> fitStacked(CHOSEN, train), this::scoreReweighed, withTest);
        if (rows.contains("calibrated")) conditionalRow("conditional, calibrated", train -> fitCalibrated(CHOSEN, train), this::scoreReweighed, withTest);
        if (rows.contains("p")) conditionalRow("conditional, p ≥ t", train -> fitConditional(CHOSEN, train, false), this::scoreConditional, withTest);
        if (rows.contains("ratio")) conditionalRow("conditional, top ≥ t, next ≥ r·top", train -> fitConditional(CHOSEN, train, true), this::scoreConditional, withTest);
    }

    /**
     * The conditional logit's utility and share calibrated by a logistic regression (the fifth round's third form):
     * the conditional model ranks a child's candidates against their rivals; whether the candidate is accepted is
     * read from its utility (absolute evidence) and its log share of the level (relative evidence), with weights
     * fitted on the utilities and shares that each training child gets from a conditional model fitted without it.
     */
    record Calibrated(ConditionalModel conditional, double intercept, double utility, double share, double threshold) implements Reweighing {
        @Override
        public List<Linker.ScoredCandidate> weigh(List<Linker.ScoredCandidate> found, SameTasks twins) {
            List<Linker.ScoredCandidate> shared = conditional.weigh(found, twins);
            List<Linker.ScoredCandidate> weighed = new ArrayList<>();
            for (Linker.ScoredCandidate c : shared) {
                double z = intercept + utility * conditional.utility(c.features()) + share * Math.log(Math.max(c.probability(), 1e-9));
                weighed.add(new Linker.ScoredCandidate(c.parent(), c.features(), c.evidence(), 1 / (1 + Math.exp(-z))));
            }
            return twins.shareBest(weighed);
        }
    }

    /** The two calibration inputs of a candidate, in the slots of two features, so that {@link #regression} fits them. */
    private static final Feature U_SLOT = Feature.TEXT, SHARE_SLOT = Feature.TEXT_COVER;

    /** What a conditional model fitted on the other folds gives a held-out child: its weighed candidates and its true parents. */
    private interface HeldOutChild {
        void accept(ConditionalModel model, LinkTask child, List<Linker.ScoredCandidate> found, Set<String> truth);
    }

    /** Each labelled child weighed by a conditional model fitted without its fold (folds by the order of the labels). */
    private void heldOut(Map<String, Set<String>> labels, Set<Feature> features, HeldOutChild each) {
        List<String> children = new ArrayList<>(labels.keySet());
        for (int fold = 0; fold < FOLDS; fold++) {
            Map<String, Set<String>> train = new java.util.TreeMap<>();
            Map<String, Set<String>> held = new java.util.TreeMap<>();
            for (int i = 0; i < children.size(); i++) (i % FOLDS == fold ? held : train).put(children.get(i), labels.get(children.get(i)));
            ConditionalModel m = conditional(conditionalRegression(choices(train), features), features, false, 0.5, 1);
            weighedConditional(m, held).forEach((child, found) -> each.accept(m, child, found, labels.get(LinkEvaluation.shortId(child))));
        }
    }

    Calibrated fitCalibrated(Set<Feature> features, Map<String, Set<String>> labels) {
        ConditionalModel ranker = conditional(conditionalRegression(choices(labels), features), features, true, 0.5, 1);
        // Each child's utilities and shares from the conditional model fitted on the other folds.
        List<Sample> samples = new ArrayList<>();
        Map<LinkTask, List<double[]>> inputs = new LinkedHashMap<>();
        heldOut(labels, features, (m, child, found, truth) -> {
            List<double[]> rows = new ArrayList<>();
            for (Linker.ScoredCandidate c : found) {
                double[] x = new double[Feature.values().length];
                x[U_SLOT.ordinal()] = m.utility(c.features());
                x[SHARE_SLOT.ordinal()] = Math.log(Math.max(c.probability(), 1e-9));
                samples.add(new Sample(x, truth.contains(LinkEvaluation.shortId(c.parent()))));
                rows.add(x);
            }
            inputs.put(child, rows);
        });
        double[] v = regression(samples, EnumSet.of(U_SLOT, SHARE_SLOT));
        double a = round(v[U_SLOT.ordinal() + 1]), b = round(v[SHARE_SLOT.ordinal() + 1]), c0 = round(v[0]);
        // The threshold: the lowest with precision ≥ 0.9 on those out-of-fold inputs (three weights fitted on them).
        Map<LinkTask, List<Linker.ScoredCandidate>> weighed = new LinkedHashMap<>();
        inputs.forEach((child, rows) -> {
            List<Linker.ScoredCandidate> found = candidates.get(child);
            List<Linker.ScoredCandidate> out = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                double z = c0 + a * rows.get(i)[U_SLOT.ordinal()] + b * rows.get(i)[SHARE_SLOT.ordinal()];
                out.add(new Linker.ScoredCandidate(found.get(i).parent(), found.get(i).features(), List.of(), 1 / (1 + Math.exp(-z))));
            }
            weighed.put(child, twins.shareBest(out));
        });
        return new Calibrated(ranker, c0, a, b, lowestThreshold(weighed, byIri, labels));
    }

    /**
     * The lowest threshold (0.05 to 0.95) whose accepted links reach the target precision on the weighed
     * candidates; where none does, the one with the best F1.
     */
    private static double lowestThreshold(Map<LinkTask, List<Linker.ScoredCandidate>> weighed, Map<String, LinkTask> byIri,
                                          Map<String, Set<String>> labels) {
        double bestF1 = -1, f1T = 0.5;
        for (int t = 5; t <= 95; t++) {
            List<Link> links = new ArrayList<>();
            double th = t / 100.0;
            weighed.forEach((child, out) -> links.addAll(Linker.kept(child, out, th)));
            LinkEvaluation.Metrics s = LinkEvaluation.contributions(links, byIri, labels);
            if (s.predicted() > 0 && s.precision() >= TARGET_PRECISION) return th;
            double f1 = s.predicted() == 0 ? 0 : 2.0 * s.correct() / (s.predicted() + s.positives());
            if (f1 > bestF1) {
                bestF1 = f1;
                f1T = th;
            }
        }
        return f1T;
    }

    /** A form that weighs a child's candidates afresh (from their features) and accepts them from one threshold. */
    private interface Reweighing {
        List<Linker.ScoredCandidate> weigh(List<Linker.ScoredCandidate> found, SameTasks twins);

        double threshold();
    }

    /** The labelled children's links as a reweighing form accepts them. */
    LinkEvaluation.Metrics scoreReweighed(Reweighing model, Map<String, Set<String>> labels) {
        List<Link> links = new ArrayList<>();
        candidates.forEach((child, found) -> {
            if (labels.containsKey(LinkEvaluation.shortId(child))) links.addAll(Linker.kept(child, model.weigh(unweighed(found), twins), model.threshold()));
        });
        return LinkEvaluation.contributions(links, byIri, labels);
    }

    /** The candidates with their features only: no evidence, no probability, for a model to weigh. */
    private static List<Linker.ScoredCandidate> unweighed(List<Linker.ScoredCandidate> found) {
        return found.stream().map(c -> new Linker.ScoredCandidate(c.parent(), c.features(), List.of(), 0)).toList();
    }

    /**
     * The kept logistic regression with one more input, the candidate's log share of its level under the conditional
     * logit (the fifth round's fourth form): the absolute evidence of the features and the rivalry at the level, weighed
     * together. The share sits in the slot of {@link #SHARE_INPUT}, which the chosen features leave out; the training
     * children's shares come from conditional models fitted without them.
     */
    record Stacked(ConditionalModel conditional, ContributionModel logistic) implements Reweighing {
        @Override
        public double threshold() {
            return logistic.threshold();
        }

        @Override
        public List<Linker.ScoredCandidate> weigh(List<Linker.ScoredCandidate> found, SameTasks twins) {
            List<Linker.ScoredCandidate> weighed = new ArrayList<>();
            for (Linker.ScoredCandidate c : conditional.weigh(found, twins)) {
                weighed.add(new Linker.ScoredCandidate(c.parent(), c.features(), c.evidence(), logistic.probability(withShare(c))));
            }
            return twins.shareBest(weighed);
        }
    }

    private static final Feature SHARE_INPUT = Feature.THEME;

    private static double[] withShare(Linker.ScoredCandidate c) {
        double[] x = c.features().clone();
        x[SHARE_INPUT.ordinal()] = Math.log(Math.max(c.probability(), 1e-6));
        return x;
    }

    Stacked fitStacked(Set<Feature> features, Map<String, Set<String>> labels) {
        Set<Feature> stacked = EnumSet.copyOf(features);
        stacked.add(SHARE_INPUT);
        ConditionalModel ranker = conditional(conditionalRegression(choices(labels), features), features, true, 0.5, 1);
        // Each child's candidates with the share a conditional model fitted on the other folds gives them.
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        Map<LinkTask, List<Linker.ScoredCandidate>> shared = new LinkedHashMap<>();
        heldOut(labels, features, (m, child, found, truth) -> {
            shared.put(child, found);
            samples.put(LinkEvaluation.shortId(child), found.stream().map(c -> new Sample(withShare(c), truth.contains(LinkEvaluation.shortId(c.parent())))).toList());
        });
        double[] w = regression(samples.values().stream().flatMap(List::stream).toList(), stacked);
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature f : stacked) weights.put(f, round(w[f.ordinal() + 1]));
        // The threshold on out-of-fold probabilities, as for the kept model.
        Map<LinkTask, List<Linker.ScoredCandidate>> weighed = new LinkedHashMap<>();
        List<String> children = new ArrayList<>(labels.keySet());
        for (int fold = 0; fold < FOLDS; fold++) {
            Set<String> held = new java.util.HashSet<>();
            List<Sample> train = new ArrayList<>();
            for (int i = 0; i < children.size(); i++) {
                if (i % FOLDS == fold) held.add(children.get(i));
                else train.addAll(samples.getOrDefault(children.get(i), List.of()));
            }
            double[] v = regression(train, stacked);
            Map<Feature, Double> fw = new EnumMap<>(Feature.class);
            for (Feature f : stacked) fw.put(f, v[f.ordinal() + 1]);
            ContributionModel m = new ContributionModel(v[0], fw, 0.5);
            shared.forEach((child, found) -> {
                if (!held.contains(LinkEvaluation.shortId(child))) return;
                weighed.put(child, twins.shareBest(found.stream().map(c -> new Linker.ScoredCandidate(c.parent(), c.features(), List.of(),
                        m.probability(withShare(c)))).toList()));
            });
        }
        return new Stacked(ranker, new ContributionModel(round(w[0]), weights, lowestThreshold(weighed, byIri, labels)));
    }

    /** A child's option at one level: a goal (each of its writings, by same-task group), positive if the labels name one of them. */
    private record Option(List<double[]> writings, boolean positive) {}

    /** The labelled children's candidates as choices: one per child and level, among its options and none. */
    private List<List<Option>> choices(Map<String, Set<String>> labels) {
        List<List<Option>> choices = new ArrayList<>();
        candidates.forEach((child, found) -> {
            Set<String> truth = labels.get(LinkEvaluation.shortId(child));
            if (truth == null) return;
            Map<String, Map<String, List<Linker.ScoredCandidate>>> byLevel = new LinkedHashMap<>();
            for (Linker.ScoredCandidate c : found) {
                byLevel.computeIfAbsent(c.parent().level(), k -> new LinkedHashMap<>()).computeIfAbsent(twins.group(c.parent().iri()), k -> new ArrayList<>()).add(c);
            }
            for (Map<String, List<Linker.ScoredCandidate>> level : byLevel.values()) {
                List<Option> options = new ArrayList<>();
                for (List<Linker.ScoredCandidate> goal : level.values()) {
                    options.add(new Option(goal.stream().map(Linker.ScoredCandidate::features).toList(),
                            goal.stream().anyMatch(c -> truth.contains(LinkEvaluation.shortId(c.parent())))));
                }
                choices.add(options);
            }
        });
        return choices;
    }

    /**
     * Newton's method on the L2-regularised log loss of a conditional logit: in each choice the options and
     * "none" (utility 0) compete by softmax; the target is spread evenly over the positive options (none if
     * there is no positive), which keeps the loss convex. w[0] is the options' intercept against none.
     */
    static double[] conditionalRegression(List<List<Option>> choices, Set<Feature> features) {
        int n = Feature.values().length + 1;
        double[] w = new double[n];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] gradient = new double[n];
            double[][] hessian = new double[n][n];
            for (List<Option> choice : choices) {
                int m = choice.size();
                double[][] x = new double[m][];
                double[] z = new double[m];
                double top = 0;
                for (int o = 0; o < m; o++) {
                    z[o] = Double.NEGATIVE_INFINITY;
                    for (double[] writing : choice.get(o).writings()) {
                        double[] r = row(writing, features);
                        double u = dot(w, r);
                        if (u > z[o]) {
                            z[o] = u;
                            x[o] = r;
                        }
                    }
                    top = Math.max(top, z[o]);
                }
                double sum = Math.exp(-top);
                double[] p = new double[m];
                for (int o = 0; o < m; o++) sum += p[o] = Math.exp(z[o] - top);
                double[] mean = new double[n];
                int positives = 0;
                for (int o = 0; o < m; o++) {
                    p[o] /= sum;
                    if (choice.get(o).positive()) positives++;
                    for (int i = 0; i < n; i++) mean[i] += p[o] * x[o][i];
                }
                for (int o = 0; o < m; o++) {
                    double target = choice.get(o).positive() ? 1.0 / positives : 0;
                    for (int i = 0; i < n; i++) {
                        gradient[i] -= target * x[o][i];
                        if (p[o] < 1e-12) continue;
                        for (int j = 0; j < n; j++) hessian[i][j] += p[o] * x[o][i] * x[o][j];
                    }
                }
                for (int i = 0; i < n; i++) {
                    gradient[i] += mean[i];
                    for (int j = 0; j < n; j++) hessian[i][j] -= mean[i] * mean[j];
                }
            }
            for (int i = 0; i < n; i++) {
                boolean used = i == 0 || features.contains(Feature.values()[i - 1]);
                gradient[i] += i == 0 ? 0 : L2 * w[i];
                hessian[i][i] += used ? (i == 0 ? 1e-9 : L2) : 1;
            }
            double[] step = solve(hessian, gradient);
            // Newton's full step can overshoot where a few choices are separable: halve it until the loss falls.
            double before = conditionalLoss(choices, features, w);
            for (double scale = 1; scale > 1e-4; scale /= 2) {
                double[] next = w.clone();
                for (int i = 0; i < n; i++) next[i] -= scale * step[i];
                if (conditionalLoss(choices, features, next) <= before) {
                    w = next;
                    break;
                }
            }
        }
        return w;
    }

    /** The regularised log loss that {@link #conditionalRegression} minimises. */
    private static double conditionalLoss(List<List<Option>> choices, Set<Feature> features, double[] w) {
        double loss = 0;
        for (List<Option> choice : choices) {
            double[] z = new double[choice.size()];
            double top = 0;
            int positives = 0;
            for (int o = 0; o < z.length; o++) {
                z[o] = Double.NEGATIVE_INFINITY;
                for (double[] writing : choice.get(o).writings()) z[o] = Math.max(z[o], dot(w, row(writing, features)));
                top = Math.max(top, z[o]);
                if (choice.get(o).positive()) positives++;
            }
            double sum = Math.exp(-top);
            for (double u : z) sum += Math.exp(u - top);
            loss += top + Math.log(sum);
            for (int o = 0; o < z.length; o++) if (choice.get(o).positive()) loss -= z[o] / positives;
        }
        for (Feature f : features) loss += L2 / 2 * w[f.ordinal() + 1] * w[f.ordinal() + 1];
        return loss;
    }

    private static double dot(double[] a, double[] b) {
        double z = 0;
        for (int i = 0; i < a.length; i++) z += a[i] * b[i];
        return z;
    }

    private static double[] row(double[] features, Set<Feature> used) {
        double[] x = new double[Feature.values().length + 1];
        x[0] = 1;
        for (Feature f : used) x[f.ordinal() + 1] = features[f.ordinal()];
        return x;
    }

    private static ConditionalModel conditional(double[] w, Set<Feature> features, boolean rounded, double threshold, double ratio) {
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature f : features) weights.put(f, rounded ? round(w[f.ordinal() + 1]) : w[f.ordinal() + 1]);
        return new ConditionalModel(rounded ? round(w[0]) : w[0], weights, threshold, ratio);
    }

    /** The ratios a second parent at a level may have of the best's probability (the rule with {@code second}). */
    private static final double[] RATIOS = java.util.stream.IntStream.rangeClosed(1, 20).mapToDouble(i -> i / 20.0).toArray();

    /**
     * The conditional model fitted on the given children, then its acceptance rule chosen on their out-of-fold
     * probabilities: for each ratio the lowest threshold with precision ≥ {@link #TARGET_PRECISION}, and of those
     * the ratio that accepts most right links (then the most precise; then the lower ratio). Without {@code second}
     * the ratio is 1: the best at each level only (and its same-task writings), when its probability reaches the threshold.
     */
    ConditionalModel fitConditional(Set<Feature> features, Map<String, Set<String>> labels, boolean second) {
        double[] w = conditionalRegression(choices(labels), features);
        List<Ranked> ranked = ranked(outOfFoldConditional(features, labels), labels);
        int positives = positives(labels);
        double bestT = -1, bestR = 1, bestF1 = -1, f1T = 0.5;
        int bestCorrect = -1;
        double bestPrecision = 0;
        for (double r : second ? RATIOS : new double[] {1}) {
            for (int t = 5; t <= 95; t++) {
                int[] s = count(ranked, t / 100.0, r);
                double f1 = s[0] == 0 ? 0 : 2.0 * s[1] / (s[0] + positives);
                if (f1 > bestF1) {
                    bestF1 = f1;
                    f1T = t / 100.0;
                }
                double precision = s[0] == 0 ? 0 : (double) s[1] / s[0];
                if (s[0] > 0 && precision >= TARGET_PRECISION) {
                    if (s[1] > bestCorrect || s[1] == bestCorrect && precision > bestPrecision) {
                        bestCorrect = s[1];
                        bestPrecision = precision;
                        bestT = t / 100.0;
                        bestR = r;
                    }
                    break;
                }
            }
        }
        return bestT < 0 ? conditional(w, features, true, f1T, 1) : conditional(w, features, true, bestT, bestR);
    }

    private static int positives(Map<String, Set<String>> labels) {
        return labels.values().stream().mapToInt(Set::size).sum();
    }

    /** A child's candidates at one level in order of probability, and which the labels call right. */
    private record Ranked(double[] p, boolean[] right) {}

    private List<Ranked> ranked(Map<LinkTask, List<Linker.ScoredCandidate>> weighed, Map<String, Set<String>> labels) {
        List<Ranked> ranked = new ArrayList<>();
        weighed.forEach((child, found) -> {
            Set<String> truth = labels.get(LinkEvaluation.shortId(child));
            Map<String, List<Linker.ScoredCandidate>> byLevel = new LinkedHashMap<>();
            for (Linker.ScoredCandidate c : found) byLevel.computeIfAbsent(c.parent().level(), k -> new ArrayList<>()).add(c);
            for (List<Linker.ScoredCandidate> level : byLevel.values()) {
                level.sort(java.util.Comparator.comparingDouble(Linker.ScoredCandidate::probability).reversed().thenComparing(c -> c.parent().iri()));
                double[] p = new double[level.size()];
                boolean[] right = new boolean[level.size()];
                for (int i = 0; i < p.length; i++) {
                    p[i] = level.get(i).probability();
                    right[i] = truth.contains(LinkEvaluation.shortId(level.get(i).parent()));
                }
                ranked.add(new Ranked(p, right));
            }
        });
        return ranked;
    }

    /** Accepted and right links under the rule (t, r), as {@link ConditionalModel#kept} would accept them. */
    private static int[] count(List<Ranked> ranked, double t, double r) {
        int predicted = 0, correct = 0;
        for (Ranked k : ranked) {
            for (int i = 0; i < Math.min(k.p().length, Linker.MAX_ACCEPTED); i++) {
                if (!ConditionalModel.accepts(k.p()[i], k.p()[0], t, r)) break;
                predicted++;
                if (k.right()[i]) correct++;
            }
        }
        return new int[] {predicted, correct};
    }

    /** The children's candidates, each child's weighed by the conditional model fitted on the other folds. */
    private Map<LinkTask, List<Linker.ScoredCandidate>> outOfFoldConditional(Set<Feature> features, Map<String, Set<String>> labels) {
        Map<LinkTask, List<Linker.ScoredCandidate>> weighed = new LinkedHashMap<>();
        heldOut(labels, features, (m, child, found, truth) -> weighed.put(child, found));
        return weighed;
    }

    private Map<LinkTask, List<Linker.ScoredCandidate>> weighedConditional(ConditionalModel model, Map<String, Set<String>> labels) {
        Map<LinkTask, List<Linker.ScoredCandidate>> weighed = new LinkedHashMap<>();
        candidates.forEach((child, found) -> {
            if (!labels.containsKey(LinkEvaluation.shortId(child))) return;
            weighed.put(child, model.weigh(unweighed(found), twins));
        });
        return weighed;
    }

    LinkEvaluation.Metrics scoreConditional(ConditionalModel model, Map<String, Set<String>> labels) {
        List<Link> links = new ArrayList<>();
        weighedConditional(model, labels).forEach((child, found) -> links.addAll(model.kept(child, found)));
        return LinkEvaluation.contributions(links, byIri, labels);
    }

    static String format(ContributionModel m) {
        StringBuilder s = new StringBuilder("""
                # Contributes-to links: a logistic regression over the linker's features (org.policykg.link.Feature),
                # fitted on the tuning half of the labelled seed links, threshold chosen there (the lowest with precision ≥ 0.9
                # on probabilities each child gets from a model fitted without it: 5-fold inside the tuning half).
                # Written by org.policykg.link.ContributionModelFit (BENCHMARKS.md); review before committing.
                """);
        s.append("intercept\t").append(m.intercept()).append('\n');
        s.append("threshold\t").append(m.threshold()).append('\n');
        for (Feature f : Feature.values()) if (m.uses(f)) s.append(f.name()).append('\t').append(m.weights().get(f)).append('\n');
        return s.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
