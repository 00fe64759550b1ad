package org.policykg.link;

import com.hankcs.hanlp.mining.word2vec.Vector;
import com.hankcs.hanlp.mining.word2vec.WordVectorModel;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedding lever of issue 13's sixth round: word vectors trained on work reports ({@link WordVectorsTrain})
 * compare a child and a candidate by meaning rather than by shared words. Fills {@link Feature#EMBEDDING} and
 * {@link Feature#EMBEDDING_COVER} of the fit tool's candidates; words weighed by {@link WordShares}' discount.
 */
final class EmbeddingLever {

    private final WordVectorModel model;
    private final WordShares shares = WordShares.load();
    private final Map<String, List<String>> words = new HashMap<>();

    private EmbeddingLever(WordVectorModel model) {
        this.model = model;
    }

    static void fill(Map<LinkTask, List<Linker.ScoredCandidate>> candidates, String vectors) throws IOException {
        EmbeddingLever lever = new EmbeddingLever(new WordVectorModel(vectors));
        candidates.forEach((child, found) -> {
            for (Linker.ScoredCandidate c : found) {
                c.features()[Feature.EMBEDDING.ordinal()] = Math.max(0, lever.meanCosine(child, c.parent()));
                c.features()[Feature.EMBEDDING_COVER.ordinal()] = (lever.cover(child, c.parent()) + lever.cover(c.parent(), child)) / 2;
            }
        });
    }

    private List<String> words(LinkTask t) {
        return words.computeIfAbsent(t.iri(), k -> Words.contentWords(t.text()).stream().filter(w -> model.vector(w) != null).toList());
    }

    private double weight(String word) {
        return shares.discount(Words.key(word));
    }

    private double meanCosine(LinkTask a, LinkTask b) {
        Vector va = mean(words(a)), vb = mean(words(b));
        return va == null || vb == null ? 0 : va.cosine(vb);
    }

    private Vector mean(List<String> ws) {
        if (ws.isEmpty()) return null;
        Vector sum = new Vector(model.dimension());
        for (String w : ws) {
            Vector v = model.vector(w);
            float[] e = v.getElementArray();
            float[] s = sum.getElementArray();
            double f = weight(w) / v.norm();
            for (int i = 0; i < s.length; i++) s[i] += (float) (e[i] * f);
        }
        return sum;
    }

    /** The weighted mean, over a's words, of each word's best cosine with a word of b (1 for the same word). */
    private double cover(LinkTask a, LinkTask b) {
        double total = 0, met = 0;
        for (String w : words(a)) {
            double best = 0;
            for (String o : words(b)) best = Math.max(best, w.equals(o) ? 1 : model.vector(w).cosine(model.vector(o)));
            total += weight(w);
            met += weight(w) * best;
        }
        return total == 0 ? 0 : met / total;
    }
}
