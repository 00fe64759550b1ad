package org.policykg.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores contributes-to links against the hand-labelled set: precision and recall at a score
 * threshold, and recall@3 (a labelled parent among the child's kept candidates, whatever its score).
 * Only labelled children count: the set is exhaustive for them and silent on the others.
 */
final class LinkEvaluation {

    static final Path LABELLED = Path.of("src/test/resources/links/labelled-links.tsv");

    record Metrics(double threshold, int predicted, int correct, int positives, int foundInTop3) {
        double precision() { return predicted == 0 ? 1 : (double) correct / predicted; }
        double recall() { return (double) correct / positives; }
        double recallAt3() { return (double) foundInTop3 / positives; }

        @Override
        public String toString() {
            return String.format((threshold < 0 ? "the linker's rule" : "threshold " + String.format("%.2f", threshold)) + ": precision %.3f (%d/%d), recall %.3f (%d/%d), recall@3 %.3f",
                    precision(), correct, predicted, recall(), correct, positives, recallAt3());
        }
    }

    /** child id (001:3:29) → its labelled parent ids. */
    static Map<String, Set<String>> labelled() throws IOException {
        Map<String, Set<String>> labels = new HashMap<>();
        for (String line : Files.readAllLines(LABELLED)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] cells = line.split("\t");
            labels.put(cells[0], cells[1].equals("-") ? Set.of() : Set.of(cells[1].split(" ")));
        }
        return labels;
    }

    /** A task IRI's short id, as the labelled file writes it: 001_1ee4ff36028791ed.txt:3:29 → 001:3:29. */
    static String shortId(LinkTask t) {
        return t.source().substring(0, 3) + ":" + t.list() + ":" + t.number();
    }

    /** Precision and recall of the accepted links. */
    static Metrics evaluate(List<Link> links, Map<String, LinkTask> tasksByIri, Map<String, Set<String>> labels) {
        return evaluate(links, tasksByIri, labels, -1);
    }

    /** With {@code threshold} ≥ 0, a candidate counts from that score instead of by the linker's rule. */
    static Metrics evaluate(List<Link> links, Map<String, LinkTask> tasksByIri, Map<String, Set<String>> labels, double threshold) {
        int predicted = 0;
        int correct = 0;
        Set<String> found = new HashSet<>();
        for (Link l : links) {
            if (l.kind() != LinkKind.CONTRIBUTES_TO) continue;
            String child = shortId(tasksByIri.get(l.child()));
            String parent = shortId(tasksByIri.get(l.parent()));
            Set<String> truth = labels.get(child);
            if (truth == null) continue;
            boolean right = truth.contains(parent);
            if (right) found.add(child + ">" + parent);
            if (threshold < 0 ? l.accepted() : l.score() >= threshold) {
                predicted++;
                if (right) correct++;
            }
        }
        int positives = labels.values().stream().mapToInt(Set::size).sum();
        return new Metrics(threshold, predicted, correct, positives, found.size());
    }
}
