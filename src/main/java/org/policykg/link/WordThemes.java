package org.policykg.link;

import java.util.HashMap;
import java.util.Map;
import org.policykg.query.WordList;

/**
 * Words of one theme: for each word, the words that share its sentences in government writing far above
 * chance (a reviewed resource written by {@code WordThemesCount} from work reports of every level). Two
 * notices name one goal in different words (技改 / 技术改造 / 工业投资, 垃圾收运 / 减量 / 转运站); shared words
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
            Map<String, Double> of = new HashMap<>();
            for (int i = 1; i < cells.length; i++) {
                int space = cells[i].lastIndexOf(' ');
                of.put(Words.key(cells[i].substring(0, space)), Double.parseDouble(cells[i].substring(space + 1)));
            }
            associates.put(Words.key(cells[0]), Map.copyOf(of));
        }
        return new WordThemes(associates);
    }

    /**
     * How much of {@code a}'s weight meets {@code b} in theme: each word of {@code a} by its weight times its
     * best match in {@code b} (1 the same word, else the strongest association), over {@code a}'s weight.
     */
    double softCover(Map<String, Integer> a, Map<String, Integer> b, Map<String, Double> weights, double unseen) {
        double total = 0, met = 0;
        for (Map.Entry<String, Integer> e : a.entrySet()) {
            double weight = e.getValue() * weights.getOrDefault(e.getKey(), unseen);
            total += weight;
            if (b.containsKey(e.getKey())) {
                met += weight;
                continue;
            }
            double best = 0;
            for (Map.Entry<String, Double> s : associates.getOrDefault(e.getKey(), Map.of()).entrySet()) {
                if (b.containsKey(s.getKey())) best = Math.max(best, s.getValue());
            }
            met += weight * best;
        }
        return total == 0 ? 0 : met / total;
    }
}
