package org.policykg.link;

import java.util.HashMap;
import java.util.Map;
import org.policykg.query.WordList;

/**
 * Words of one theme: for each word, the words that share its sentences in government writing far above
 * chance (a reviewed resource written by {@code WordThemesCount} from work reports of every level). Two
 * notices name one goal in different words (技改 / 工业 / 制造业, 垃圾 / 减量 / 转运站); shared words
 * and a thesaurus of synonyms miss that; a word's associates do not.
 */
final class WordThemes {

    static final String RESOURCE = "word-themes.tsv";

    /** Each word's associates with their normalised PMI, keyed as {@link Words} keys a bag. */
    private final Map<String, Map<String, Double>> associates;

    private WordThemes(Map<String, Map<String, Double>> associates) {
        this.associates = associates;
    }

    static WordThemes load() {
        Map<String, Map<String, Double>> associates = new HashMap<>();
        for (String line : WordList.read("/org/policykg/link/" + RESOURCE)) {
            String[] cells = line.split("\t");
            String word = Words.key(cells[0]);
            for (int i = 1; i < cells.length; i++) {
                int space = cells[i].lastIndexOf(' ');
                String other = Words.key(cells[i].substring(0, space));
                double npmi = Double.parseDouble(cells[i].substring(space + 1));
                // An association holds both ways, though each word lists only its strongest few.
                associates.computeIfAbsent(word, k -> new HashMap<>()).merge(other, npmi, Math::max);
                associates.computeIfAbsent(other, k -> new HashMap<>()).merge(word, npmi, Math::max);
            }
        }
        return new WordThemes(associates);
    }

    /**
     * What a text offers in theme: each of its words at 1, and each word associated with one of them at the
     * strongest such association (lists are read both ways at load, so it is the same whichever word's list names
     * the pair). Made once per task, it makes {@link #softCover} one lookup per word.
     */
    Map<String, Double> closure(Map<String, Integer> bag) {
        Map<String, Double> c = new HashMap<>();
        for (String w : bag.keySet()) associates.getOrDefault(w, Map.of()).forEach((a, s) -> c.merge(a, s, Math::max));
        for (String w : bag.keySet()) c.put(w, 1.0);
        return c;
    }

    /**
     * How much of {@code a}'s weight meets {@code b} in theme: each word of {@code a} by its weight times its
     * best match in {@code b} (1 the same word, else the strongest association), over {@code a}'s weight.
     * {@code b} is given by its {@link #closure}.
     */
    static double softCover(Map<String, Integer> a, Map<String, Double> closureOfB, Map<String, Double> weights, double unseen) {
        double total = 0, met = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            double weight = e.getValue() * weights.getOrDefault(e.getKey(), unseen);
            total += weight;
            met += weight * closureOfB.getOrDefault(e.getKey(), 0.0);
        }
        return total == 0 ? 0 : met / total;
    }
}
