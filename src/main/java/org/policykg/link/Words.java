package org.policykg.link;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.synonym.Synonym;
import com.hankcs.hanlp.corpus.synonym.SynonymHelper;
import com.hankcs.hanlp.dictionary.CoreSynonymDictionary;
import com.hankcs.hanlp.dictionary.common.CommonSynonymDictionary;
import com.hankcs.hanlp.seg.common.Term;
import java.util.HashMap;
import java.util.Map;

/**
 * The content words of a text, segmented by HanLP, each standing for its synonym group in HanLP's
 * CoreSynonym thesaurus (an extended Tongyici Cilin): 食品药品安全 and 食品安全放心工程 share 食品 and 安全,
 * 化解政府债务 and 债务风险化解 share 化解 and 债务, and exact synonyms count as one word. Separately, each
 * word stands for its thesaurus class, so that related words (照护 / 看护) meet too.
 */
final class Words {

    /** The first four levels of a Cilin code (Hi37C of Hi37C01): the thesaurus's group of related words. */
    private static final int CLASS = 5;

    private Words() {}

    /** The words of a text and, separately, their thesaurus classes. */
    record Bags(Map<String, Integer> words, Map<String, Integer> classes) {}

    static Bags of(String text) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> classes = new HashMap<>();
        for (Term term : HanLP.segment(text)) {
            if (!content(term)) continue;
            CommonSynonymDictionary.SynonymItem item = CoreSynonymDictionary.get(term.word);
            words.merge(key(term.word, item), 1, Integer::sum);
            classes.merge(item == null ? term.word : "§" + SynonymHelper.convertId2StringWithIndex(item.entry.id).substring(0, CLASS), 1, Integer::sum);
        }
        return new Bags(words, classes);
    }

    /** The segmented words of a text that carry a topic, as written. */
    static java.util.List<String> contentWords(String text) {
        return HanLP.segment(text).stream().filter(Words::content).map(t -> t.word).toList();
    }

    /** How a word stands in a bag: its synonym group when the thesaurus has one of exact synonyms, else itself. */
    static String key(String word) {
        return key(word, CoreSynonymDictionary.get(word));
    }

    private static String key(String word, CommonSynonymDictionary.SynonymItem item) {
        return item != null && item.entry.type == Synonym.Type.EQUAL ? "≡" + item.entry.id : word;
    }

    /** Nouns, verbs and adjectives of two characters or more: particles and single characters (建, 的) carry no topic. */
    private static boolean content(Term term) {
        if (term.word.length() < 2 || term.nature == null) return false;
        char kind = term.nature.toString().charAt(0);
        return kind == 'n' || kind == 'v' || kind == 'a' || kind == 'g' || kind == 'b';
    }

}
