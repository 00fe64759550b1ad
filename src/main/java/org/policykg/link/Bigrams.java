package org.policykg.link;

import java.util.HashMap;
import java.util.Map;
import org.policykg.normalise.MatchKey;

/** Character bigrams of a text's match key, and the Dice coefficient between two such bags. */
final class Bigrams {

    private Bigrams() {}

    static Map<String, Integer> of(String text) {
        return ofKey(MatchKey.of(text));
    }

    /** Bigrams of a text already in match-key form. */
    static Map<String, Integer> ofKey(String key) {
        Map<String, Integer> bag = new HashMap<>();
        for (int i = 0; i + 1 < key.length(); i++) bag.merge(key.substring(i, i + 2), 1, Integer::sum);
        return bag;
    }

    static double dice(Map<String, Integer> a, Map<String, Integer> b) {
        int total = a.values().stream().mapToInt(Integer::intValue).sum() + b.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) return 0;
        int shared = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) shared += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return 2.0 * shared / total;
    }

    /** Inverse document frequency of each bigram over a corpus of bags: rare bigrams (债务, 垃圾) weigh more than common ones (推进). */
    static Map<String, Double> idf(java.util.Collection<Map<String, Integer>> bags) {
        Map<String, Integer> df = new HashMap<>();
        for (Map<String, Integer> bag : bags) for (String b : bag.keySet()) df.merge(b, 1, Integer::sum);
        Map<String, Double> idf = new HashMap<>();
        double n = bags.size();
        df.forEach((b, f) -> idf.put(b, Math.log(1 + n / f)));
        return idf;
    }

    /** Cosine of two bags weighted by idf (tf·idf vectors), their norms known ({@link #norm}); unseen bigrams weigh as the rarest. */
    static double cosine(Map<String, Integer> a, double normA, Map<String, Integer> b, double normB, Map<String, Double> idf, double unseen) {
        double dot = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            Integer other = b.get(e.getKey());
            if (other != null) {
                double w = idf.getOrDefault(e.getKey(), unseen);
                dot += e.getValue() * w * other * w;
            }
        }
        return normA * normB == 0 ? 0 : dot / (normA * normB);
    }

    /** The idf-weighted share of the shorter bag that the other covers. */
    static double weightedCoverage(Map<String, Integer> shorter, Map<String, Integer> longer, Map<String, Double> idf, double unseen) {
        double total = 0;
        double shared = 0;
        for (Map.Entry<String, Integer> e : shorter.entrySet()) {
            double w = idf.getOrDefault(e.getKey(), unseen);
            total += e.getValue() * w;
            shared += Math.min(e.getValue(), longer.getOrDefault(e.getKey(), 0)) * w;
        }
        return total == 0 ? 0 : shared / total;
    }

    static double norm(Map<String, Integer> bag, Map<String, Double> idf, double unseen) {
        double sum = 0;
        for (Map.Entry<String, Integer> e : bag.entrySet()) {
            double w = e.getValue() * idf.getOrDefault(e.getKey(), unseen);
            sum += w * w;
        }
        return Math.sqrt(sum);
    }

    /** The share of {@code a}'s bigrams that {@code b} has: how much of a short text a long one covers. */
    static double coverage(Map<String, Integer> a, Map<String, Integer> b) {
        int total = a.values().stream().mapToInt(Integer::intValue).sum();
        if (total == 0) return 0;
        int shared = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) shared += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        return (double) shared / total;
    }
}
