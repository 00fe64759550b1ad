package org.policykg.link;

import java.util.HashMap;
import java.util.Map;
import org.policykg.query.WordList;

/**
 * How common each word is in government writing at large: the share of the paragraphs of a corpus of
 * work reports of every level that use it (a reviewed resource written by {@code WordSharesCount}).
 * A document set of five notices cannot tell that 服务, 体系 or 加强 say little; this can. A word's
 * discount is its national idf over the highest: 1 for a word the corpus rarely uses.
 */
final class WordShares {

    static final String RESOURCE = "word-shares.tsv";

    private final Map<String, Double> shares;
    private final double rarest;

    private WordShares(Map<String, Double> shares) {
        this.shares = shares;
        this.rarest = shares.values().stream().mapToDouble(Double::doubleValue).min().orElse(1);
    }

    static WordShares load() {
        Map<String, Double> shares = new HashMap<>();
        for (String line : WordList.read("/org/policykg/link/" + RESOURCE)) {
            String[] cells = line.split("\t");
            // Keyed as Words keys a bag (a synonym group by its id), so a bag's words are looked up directly.
            shares.put(Words.key(cells[0]), Double.parseDouble(cells[1]));
        }
        return new WordShares(shares);
    }

    /** In (0, 1]: log(1 / share) over log(1 / the listed words' lowest share), 1 for a word not listed. */
    double discount(String key) {
        Double share = shares.get(key);
        if (share == null) return 1;
        return Math.max(0.05, Math.log(share) / Math.log(rarest));
    }

    /** The weights with each word's discount applied. */
    Map<String, Double> discounted(Map<String, Double> weights) {
        Map<String, Double> out = new HashMap<>();
        weights.forEach((w, v) -> out.put(w, v * discount(w)));
        return out;
    }
}
