package org.policykg.link;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * A logistic regression over the {@link Feature}s: the probability that a candidate is a parent a
 * reader would draw, and the threshold from which a candidate is accepted. Its weights are fitted on
 * the tuning half of the hand-labelled seed links (BENCHMARKS.md) and kept in a reviewed resource.
 */
record ContributionModel(double intercept, Map<Feature, Double> weights, double threshold) {

    static final String RESOURCE = "contribution-model.tsv";

    static ContributionModel load() {
        try (InputStream in = ContributionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of {@code name<TAB>value}: {@code intercept}, {@code threshold} and one per feature; # starts a comment. */
    static ContributionModel parse(BufferedReader lines) throws IOException {
        double intercept = 0;
        double threshold = 0.5;
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cells = line.split("\t");
            double value = Double.parseDouble(cells[1]);
            switch (cells[0]) {
                case "intercept" -> intercept = value;
                case "threshold" -> threshold = value;
                default -> weights.put(Feature.valueOf(cells[0]), value);
            }
        }
        return new ContributionModel(intercept, Map.copyOf(weights), threshold);
    }

    /** A feature the model has no weight for is not computed from other tasks either (no candidates found through it). */
    boolean uses(Feature feature) {
        return weights.containsKey(feature);
    }

    double probability(double[] features) {
        double z = intercept;
        for (Map.Entry<Feature, Double> w : weights.entrySet()) z += w.getValue() * features[w.getKey().ordinal()];
        return 1 / (1 + Math.exp(-z));
    }
}
