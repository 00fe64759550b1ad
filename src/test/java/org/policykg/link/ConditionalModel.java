package org.policykg.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A conditional logit over the {@link Feature}s (issue 13, fifth round): for each child and higher
 * level, its candidates compete with each other and with "no parent at this level", so a candidate's
 * probability is its share of the level, exp(u) / (1 + Σ exp(u)), u = intercept + w·x. A goal its
 * report writes several times (same-task links) is one option, weighed as its best writing.
 * A candidate is accepted when its probability reaches {@code threshold}, or when the best at its level
 * does and it has at least {@code ratio} of that best's (a second parent close to the first).
 * Measured by {@link ContributionModelFit} ({@code --conditional}) and not adopted: on the tuning half's
 * cross-validation it accepts fewer right links at lower precision than the kept logistic regression
 * (BENCHMARKS.md, "Fifth round"); kept in test scope as a measured lever.
 */
record ConditionalModel(double intercept, Map<Feature, Double> weights, double threshold, double ratio) {

    double utility(double[] features) {
        double z = intercept;
        for (Map.Entry<Feature, Double> w : weights.entrySet()) z += w.getValue() * features[w.getKey().ordinal()];
        return z;
    }

    /** The child's candidates, each with its probability against its rivals at its level (work over its own candidates only). */
    List<Linker.ScoredCandidate> weigh(List<Linker.ScoredCandidate> found, SameTasks twins) {
        Map<String, Double> best = new HashMap<>();
        Map<String, Linker.ScoredCandidate> bestOf = new HashMap<>();
        double[] z = new double[found.size()];
        for (int i = 0; i < found.size(); i++) {
            Linker.ScoredCandidate c = found.get(i);
            z[i] = utility(c.features());
            String option = c.parent().level() + "\n" + twins.group(c.parent().iri());
            if (!best.containsKey(option) || z[i] > best.get(option)) {
                best.put(option, z[i]);
                bestOf.put(option, c);
            }
        }
        Map<String, Double> top = new HashMap<>();
        best.forEach((option, u) -> top.merge(level(option), Math.max(0, u), Math::max));
        Map<String, Double> sums = new HashMap<>();
        top.forEach((level, m) -> sums.put(level, Math.exp(-m)));
        best.forEach((option, u) -> sums.merge(level(option), Math.exp(u - top.get(level(option))), Double::sum));
        List<Linker.ScoredCandidate> weighed = new ArrayList<>();
        for (Linker.ScoredCandidate c : found) {
            String level = c.parent().level();
            String option = level + "\n" + twins.group(c.parent().iri());
            double p = Math.exp(best.get(option) - top.get(level)) / sums.get(level);
            List<String> evidence = c.evidence();
            Linker.ScoredCandidate b = bestOf.get(option);
            if (b != c && b.parent() != c.parent()) {
                evidence = new ArrayList<>(evidence);
                evidence.add("the same task as " + b.parent().source() + ":" + b.parent().list() + ":" + b.parent().number());
            }
            weighed.add(new Linker.ScoredCandidate(c.parent(), c.features(), evidence, p));
        }
        return weighed;
    }

    private static String level(String option) {
        return option.substring(0, option.indexOf('\n'));
    }

    /** Whether a candidate of probability {@code p} is accepted when the best at its level has {@code top}. */
    static boolean accepts(double p, double top, double threshold, double ratio) {
        return p >= threshold || top >= threshold && p >= ratio * top;
    }

    /** As {@link Linker#kept}: the best {@link Linker#KEEP} at each level and every accepted one up to {@link Linker#MAX_ACCEPTED}. */
    List<Link> kept(LinkTask child, List<Linker.ScoredCandidate> weighed) {
        return kept(child, weighed, threshold, ratio);
    }

    static List<Link> kept(LinkTask child, List<Linker.ScoredCandidate> weighed, double threshold, double ratio) {
        List<Linker.ScoredCandidate> sorted = new ArrayList<>(weighed);
        sorted.sort(Comparator.comparingDouble(Linker.ScoredCandidate::probability).reversed().thenComparing(c -> c.parent().iri()));
        Map<String, Double> top = new HashMap<>();
        for (Linker.ScoredCandidate c : sorted) top.putIfAbsent(c.parent().level(), c.probability());
        Map<String, Integer> keptPerLevel = new HashMap<>();
        List<Link> links = new ArrayList<>();
        int rank = 0;
        for (Linker.ScoredCandidate c : sorted) {
            boolean accepted = accepts(c.probability(), top.get(c.parent().level()), threshold, ratio);
            int n = keptPerLevel.merge(c.parent().level(), 1, Integer::sum);
            if (n > Linker.MAX_ACCEPTED || n > Linker.KEEP && !accepted) continue;
            links.add(new Link(LinkKind.CONTRIBUTES_TO, child.iri(), c.parent().iri(), Math.round(c.probability() * 1000) / 1000.0, ++rank,
                    String.join("; ", c.evidence()), accepted));
        }
        return links;
    }
}
