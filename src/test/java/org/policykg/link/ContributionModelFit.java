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
 * </pre>
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
            if (options.contains("--kept")) {
                fit.kept(Set.of(System.getProperty("children", "").split(",")));
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
    static final double TARGET_PRECISION = 0.9;

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
                LinkEvaluation.Metrics m = score(fit(features, train), held);
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
