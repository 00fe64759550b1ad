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
import java.util.stream.Collectors;
import org.policykg.SeedStore;
import org.policykg.store.Tdb2Store;

/**
 * Fits the {@link ContributionModel} on the tuning half of the labelled links and chooses its
 * threshold there, then scores it, and the same fit without each lever, on both halves.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.policykg.link.ContributionModelFit STORE [--write]
 * </pre>
 * STORE is a store built from the seeds; {@code --write} replaces the model resource with the fit.
 */
public final class ContributionModelFit {

    private static final double L2 = 0.1;
    private static final int ITERATIONS = 25;

    record Sample(double[] x, boolean positive) {}

    private final List<LinkTask> tasks;
    private final List<Linker.ReportParagraph> paragraphs;
    private final Map<String, LinkTask> byIri;
    private final LinkEvaluation.Labels tuning;
    private final LinkEvaluation.Labels test;

    ContributionModelFit(List<LinkTask> tasks, List<Linker.ReportParagraph> paragraphs) throws IOException {
        this.tasks = tasks;
        this.paragraphs = paragraphs;
        this.byIri = tasks.stream().collect(Collectors.toMap(LinkTask::iri, Function.identity()));
        this.tuning = LinkEvaluation.load(LinkEvaluation.TUNING);
        this.test = LinkEvaluation.load(LinkEvaluation.TEST);
    }

    public static void main(String[] args) throws IOException {
        try (Tdb2Store store = Tdb2Store.open(Path.of(args[0]))) {
            CorpusReader corpus = new CorpusReader(store.dataset());
            ContributionModelFit fit = new ContributionModelFit(corpus.tasks(), corpus.paragraphs());
            if (args.length > 1 && args[1].equals("--errors")) {
                fit.errors(fit.fit(EnumSet.allOf(Feature.class)));
                return;
            }
            Map<String, Set<Feature>> levers = levers();
            ContributionModel all = null;
            for (Map.Entry<String, Set<Feature>> lever : levers.entrySet()) {
                ContributionModel m = fit.fit(lever.getValue());
                if (all == null) all = m;
                System.out.println(String.format("%-34s", lever.getKey()) + fit.report(m));
            }
            System.out.println();
            System.out.println(format(all));
            if (args.length > 1 && args[1].equals("--write")) {
                Files.writeString(Path.of("src/main/resources/org/policykg/link", ContributionModel.RESOURCE), format(all));
            }
        }
    }

    /** The full model first, then without each lever, then the bigram text alone. */
    static Map<String, Set<Feature>> levers() {
        Map<String, Set<Feature>> levers = new LinkedHashMap<>();
        levers.put("all levers", EnumSet.allOf(Feature.class));
        levers.put("without words (HanLP + synonyms)", without(Feature.WORDS, Feature.WORDS_COVER, Feature.WORD_CLASSES));
        levers.put("without thesaurus classes", without(Feature.WORD_CLASSES));
        levers.put("without units", without(Feature.LEAD_UNIT, Feature.SHARED_UNIT));
        levers.put("without indicators and numbers", without(Feature.INDICATOR, Feature.NUMBERS));
        levers.put("without order", without(Feature.ORDER));
        levers.put("without quoted names", without(Feature.ENTITY));
        levers.put("bigram text alone", EnumSet.of(Feature.TEXT, Feature.TEXT_COVER, Feature.BEST_AT_LEVEL, Feature.TWO_UP));
        return levers;
    }

    private static Set<Feature> without(Feature... features) {
        Set<Feature> set = EnumSet.allOf(Feature.class);
        for (Feature f : features) set.remove(f);
        return set;
    }

    /** Precision the threshold is chosen for, on the tuning half: the aim. */
    static final double TARGET_PRECISION = 0.9;

    /**
     * Logistic regression on the tuning children's candidates; the lowest threshold at which the tuning
     * half's precision reaches {@link #TARGET_PRECISION} (the threshold of best F1 if none does).
     */
    ContributionModel fit(Set<Feature> features) {
        Map<Feature, Double> zero = new EnumMap<>(Feature.class);
        for (Feature f : features) zero.put(f, 0.0);
        List<Sample> samples = samples(new ContributionModel(0, zero, 0.5), tuning.contributions());
        double[] w = regression(samples, features);
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature f : features) weights.put(f, round(w[f.ordinal() + 1]));
        ContributionModel unthresholded = new ContributionModel(round(w[0]), weights, 0.5);
        int positives = tuning.contributions().values().stream().mapToInt(Set::size).sum();
        double best = -1;
        double threshold = 0.5;
        Double precise = null;
        for (double t = 0.05; t < 0.951; t += 0.01) {
            int predicted = 0;
            int correct = 0;
            for (Sample s : samples) {
                if (unthresholded.probability(s.x()) < t) continue;
                predicted++;
                if (s.positive()) correct++;
            }
            double f1 = predicted == 0 ? 0 : 2.0 * correct / (predicted + positives);
            if (f1 > best) {
                best = f1;
                threshold = Math.round(t * 100) / 100.0;
            }
            if (precise == null && predicted > 0 && (double) correct / predicted >= TARGET_PRECISION) precise = Math.round(t * 100) / 100.0;
        }
        return new ContributionModel(unthresholded.intercept(), weights, precise != null ? precise : threshold);
    }

    /** Every candidate the linker finds for a labelled child, with its features and whether the labels call it a parent. */
    private List<Sample> samples(ContributionModel model, Map<String, Set<String>> labels) {
        List<Sample> samples = new ArrayList<>();
        Linker linker = new Linker(SeedStore.GAZETTEER, model);
        linker.contributions(tasks, bigrams(), (child, candidates) -> {
            Set<String> truth = labels.get(LinkEvaluation.shortId(child));
            if (truth == null) return;
            for (Linker.ScoredCandidate c : candidates) samples.add(new Sample(c.features().clone(), truth.contains(LinkEvaluation.shortId(c.parent()))));
        });
        return samples;
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

    String report(ContributionModel model) {
        List<Link> links = new ArrayList<>(new Linker(SeedStore.GAZETTEER, model).link(tasks, paragraphs));
        return "tuning " + LinkEvaluation.contributions(links, byIri, tuning.contributions())
                + " | test " + LinkEvaluation.contributions(links, byIri, test.contributions());
    }

    /** The tuning half's misses and wrong links, for reading (never the test half's). */
    void errors(ContributionModel model) {
        Map<String, List<String>> lines = new java.util.TreeMap<>();
        Set<String> seen = new java.util.HashSet<>();
        Linker linker = new Linker(SeedStore.GAZETTEER, model);
        linker.contributions(tasks, bigrams(), (child, candidates) -> {
            String id = LinkEvaluation.shortId(child);
            Set<String> truth = tuning.contributions().get(id);
            if (truth == null) return;
            for (Linker.ScoredCandidate c : candidates) {
                String p = LinkEvaluation.shortId(c.parent());
                boolean right = truth.contains(p);
                if (right) seen.add(id + ">" + p);
                boolean accepted = c.probability() >= model.threshold();
                if (right != accepted) lines.computeIfAbsent(id, k -> new ArrayList<>()).add((right ? "  MISSED " : "  WRONG  ") + p
                        + String.format(" %.2f ", c.probability()) + String.join("; ", c.evidence()) + " | " + c.parent().text().substring(0, Math.min(40, c.parent().text().length())));
            }
            for (String p : truth) if (!seen.contains(id + ">" + p)) lines.computeIfAbsent(id, k -> new ArrayList<>()).add("  NOT FOUND " + p + " | " + byShort(p));
        });
        lines.forEach((child, l) -> {
            System.out.println(child + " " + byShort(child));
            l.forEach(System.out::println);
        });
    }

    private String byShort(String id) {
        return tasks.stream().filter(t -> LinkEvaluation.shortId(t).equals(id)).findFirst().map(t -> t.text().substring(0, Math.min(50, t.text().length()))).orElse("?");
    }

    static String format(ContributionModel m) {
        StringBuilder s = new StringBuilder("""
                # Contributes-to links: a logistic regression over the linker's features (org.policykg.link.Feature),
                # fitted on the tuning half of the labelled seed links, threshold chosen there (the lowest with precision ≥ 0.9).
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
