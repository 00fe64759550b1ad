package org.policykg.link;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes {@link WordThemes}' resource: for each word (as {@link Words} keys it) the words that share its
 * sentences in a corpus of work reports far above chance (normalised pointwise mutual information), so
 * that 技改 meets 工业 and 垃圾 meets 转运站 where two notices name one theme in different words. Sentences,
 * not paragraphs: a report's paragraph runs through a whole chapter (583 characters on average), a sentence
 * keeps to one theme. The labels play no part.
 *
 * <pre>
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat cp.txt) org.policykg.link.WordThemesCount DIR... > src/main/resources/org/policykg/link/word-themes.tsv
 * </pre>
 */
public final class WordThemesCount {

    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]");
    /** A word in fewer sentences has no reliable neighbours. */
    static final int MIN_WORD = Integer.getInteger("minWord", 8);
    /** Pairs seen together fewer times are chance. */
    static final int MIN_PAIR = Integer.getInteger("minPair", 4);
    /** Normalised PMI at which two words are one theme (0: independent, 1: always together). */
    static final double MIN_NPMI = Double.parseDouble(System.getProperty("minNpmi", "0.3"));
    /** Associates kept per word, the strongest first. */
    static final int PER_WORD = Integer.getInteger("perWord", 8);

    public static void main(String[] args) throws IOException {
        List<Set<String>> sentences = new ArrayList<>();
        Map<String, Map<String, Integer>> surface = new HashMap<>();
        for (String line : ReportLines.of(args)) {
            for (String sentence : SENTENCE.split(line)) {
                if (sentence.codePointCount(0, sentence.length()) < 10) continue;
                Set<String> keys = new LinkedHashSet<>();
                for (String w : Words.contentWords(sentence)) {
                    String key = Words.key(w);
                    surface.computeIfAbsent(key, k -> new HashMap<>()).merge(w, 1, Integer::sum);
                    keys.add(key);
                }
                sentences.add(keys);
            }
        }
        Map<String, Integer> df = new HashMap<>();
        for (Set<String> s : sentences) for (String k : s) df.merge(k, 1, Integer::sum);
        List<String> vocabulary = df.entrySet().stream().filter(e -> e.getValue() >= MIN_WORD).map(Map.Entry::getKey).sorted().toList();
        Map<String, Integer> id = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) id.put(vocabulary.get(i), i);
        long[] pairs = pairs(sentences, id);
        int n = sentences.size();
        Map<Integer, List<double[]>> associates = new HashMap<>();
        for (int i = 0; i < pairs.length; ) {
            int j = i;
            while (j < pairs.length && pairs[j] == pairs[i]) j++;
            int count = j - i;
            if (count >= MIN_PAIR) {
                int a = (int) (pairs[i] >>> 32), b = (int) pairs[i];
                double pab = (double) count / n;
                double pa = (double) df.get(vocabulary.get(a)) / n, pb = (double) df.get(vocabulary.get(b)) / n;
                double npmi = Math.log(pab / (pa * pb)) / -Math.log(pab);
                if (npmi >= MIN_NPMI) {
                    associates.computeIfAbsent(a, k -> new ArrayList<>()).add(new double[] {b, npmi});
                    associates.computeIfAbsent(b, k -> new ArrayList<>()).add(new double[] {a, npmi});
                }
            }
            i = j;
        }
        System.out.println("# Words of one theme: for each word, the words sharing its sentences in " + n + " sentences of work reports");
        System.out.println("# (every level, many provinces) far above chance: normalised PMI ≥ " + MIN_NPMI + ", seen together " + MIN_PAIR
                + " times or more, the strongest " + PER_WORD + ".");
        System.out.println("# Written by org.policykg.link.WordThemesCount (BENCHMARKS.md); a synonym group is written as its most used member.");
        for (int a = 0; a < vocabulary.size(); a++) {
            List<double[]> list = associates.get(a);
            if (list == null) continue;
            list.sort((x, y) -> x[1] != y[1] ? Double.compare(y[1], x[1]) : Double.compare(x[0], y[0]));
            StringBuilder line = new StringBuilder(written(surface.get(vocabulary.get(a))));
            for (double[] e : list.subList(0, Math.min(PER_WORD, list.size()))) {
                line.append('\t').append(written(surface.get(vocabulary.get((int) e[0])))).append(String.format(" %.2f", e[1]));
            }
            System.out.println(line);
        }
    }

    /** Every pair of vocabulary words sharing a sentence, once per sentence, as sorted codes (lower id high). */
    private static long[] pairs(List<Set<String>> sentences, Map<String, Integer> id) {
        long[] pairs = new long[1 << 20];
        int size = 0;
        for (Set<String> s : sentences) {
            int[] ids = s.stream().map(id::get).filter(java.util.Objects::nonNull).mapToInt(Integer::intValue).sorted().toArray();
            for (int x = 0; x < ids.length; x++) {
                for (int y = x + 1; y < ids.length; y++) {
                    if (size == pairs.length) pairs = Arrays.copyOf(pairs, pairs.length * 2);
                    pairs[size++] = (long) ids[x] << 32 | ids[y];
                }
            }
        }
        pairs = Arrays.copyOf(pairs, size);
        Arrays.sort(pairs);
        return pairs;
    }

    private static String written(Map<String, Integer> forms) {
        String best = null;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (best == null || e.getValue() > forms.get(best) || e.getValue().equals(forms.get(best)) && e.getKey().compareTo(best) < 0) best = e.getKey();
        }
        return best;
    }
}
