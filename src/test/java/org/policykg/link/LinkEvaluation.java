package org.policykg.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores inferred links against a half of the hand-labelled set: precision and recall of the accepted
 * links, and recall@3 (a labelled parent among the child's kept candidates with fewer than three wrong
 * candidates above it at its level, so that a child with five true parents is not penalised for them).
 * Only labelled children count: the labels are exhaustive for them and silent on the others.
 */
final class LinkEvaluation {

    static final Path TUNING = Path.of("src/test/resources/links/tuning.tsv");
    static final Path TEST = Path.of("src/test/resources/links/test.tsv");

    private LinkEvaluation() {}

    record Metrics(int predicted, int correct, int positives, int foundInTop3) {
        double precision() { return predicted == 0 ? 1 : (double) correct / predicted; }
        double recall() { return positives == 0 ? 1 : (double) correct / positives; }
        double recallAt3() { return positives == 0 ? 1 : (double) foundInTop3 / positives; }

        @Override
        public String toString() {
            return String.format("precision %.3f (%d/%d), recall %.3f (%d/%d), recall@3 %.3f (%d/%d)",
                    precision(), correct, predicted, recall(), correct, positives, recallAt3(), foundInTop3, positives);
        }
    }

    /** One half of the labels: for each kind, child id (001:3:29) → its labelled parent ids (none for "-"). */
    record Labels(Map<String, Set<String>> contributions, Map<String, Set<String>> derivations) {
        int links() {
            return contributions.values().stream().mapToInt(Set::size).sum() + derivations.values().stream().mapToInt(Set::size).sum();
        }
    }

    static Labels load(Path file) throws IOException {
        Map<String, Set<String>> contributions = new TreeMap<>();
        Map<String, Set<String>> derivations = new TreeMap<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] cells = line.split("\t");
            Map<String, Set<String>> kind = switch (cells[0]) {
                case "contribution" -> contributions;
                case "derivedFrom" -> derivations;
                default -> throw new IllegalArgumentException(file + ": unknown kind " + cells[0]);
            };
            if (kind.put(cells[1], cells[2].equals("-") ? Set.of() : Set.of(cells[2].split(" "))) != null) {
                throw new IllegalArgumentException(file + ": " + cells[1] + " labelled twice");
            }
        }
        return new Labels(contributions, derivations);
    }

    /** A task's short id, as the labels write it: 001_1ee4ff36028791ed.txt, list 3, task 29 → 001:3:29. */
    static String shortId(LinkTask t) {
        return t.source().substring(0, 3) + ":" + t.list() + ":" + t.number();
    }

    /** A report paragraph's short id: …/doc/002_576293f3ba629b2f.txt/paragraph/3 → 002:¶3. */
    static String paragraphId(String iri) {
        String doc = iri.substring(iri.indexOf("/doc/") + 5);
        return doc.substring(0, 3) + ":¶" + iri.substring(iri.lastIndexOf('/') + 1);
    }

    static Metrics contributions(List<Link> links, Map<String, LinkTask> tasksByIri, Map<String, Set<String>> labels) {
        int predicted = 0;
        int correct = 0;
        Set<String> found = new HashSet<>();
        Map<String, Integer> wrongAbove = new HashMap<>();
        for (Link l : links) {
            if (l.kind() != LinkKind.CONTRIBUTES_TO) continue;
            LinkTask parentTask = tasksByIri.get(l.parent());
            String child = shortId(tasksByIri.get(l.child()));
            String parent = shortId(parentTask);
            Set<String> truth = labels.get(child);
            if (truth == null) continue;
            boolean right = truth.contains(parent);
            // Links of a child come in rank order: count the wrong ones seen so far at the parent's level.
            String level = child + "@" + parentTask.level();
            if (right && wrongAbove.getOrDefault(level, 0) < 3) found.add(child + ">" + parent);
            if (!right) wrongAbove.merge(level, 1, Integer::sum);
            if (l.accepted()) {
                predicted++;
                if (right) correct++;
            }
        }
        return new Metrics(predicted, correct, positives(labels), found.size());
    }

    static Metrics derivations(List<Link> links, Map<String, LinkTask> tasksByIri, Map<String, Set<String>> labels) {
        int predicted = 0;
        int correct = 0;
        for (Link l : links) {
            if (l.kind() != LinkKind.DERIVED_FROM) continue;
            Set<String> truth = labels.get(shortId(tasksByIri.get(l.child())));
            if (truth == null) continue;
            predicted++;
            if (truth.contains(paragraphId(l.parent()))) correct++;
        }
        return new Metrics(predicted, correct, positives(labels), correct);
    }

    private static int positives(Map<String, Set<String>> labels) {
        return labels.values().stream().mapToInt(Set::size).sum();
    }
}
