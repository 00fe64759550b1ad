package org.policykg.link;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes {@link WordShares}' resource: for each word (as {@link Words} names it) the share of the
 * paragraphs of a corpus of work reports that use it, for the words at least one paragraph in
 * {@value #PER} uses. Run on the reports of every level and many provinces (one paragraph a line),
 * it tells which words government writing uses everywhere (加强, 推进, 服务, 体系); the labels play no part.
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) org.policykg.link.WordSharesCount DIR... > src/main/resources/org/policykg/link/word-shares.tsv
 * </pre>
 */
public final class WordSharesCount {

    static final int PER = 1000;

    private static String written(Map<String, Integer> forms) {
        // The most used form; on a tie the first in code-point order, so the file is the same on every run.
        String best = null;
        for (Map.Entry<String, Integer> e : forms.entrySet()) {
            if (best == null || e.getValue() > forms.get(best) || e.getValue().equals(forms.get(best)) && e.getKey().compareTo(best) < 0) best = e.getKey();
        }
        return best;
    }

    private static String others(Map<String, Integer> forms) {
        String first = written(forms);
        List<String> rest = forms.keySet().stream().filter(f -> !f.equals(first)).sorted().toList();
        return rest.isEmpty() ? "" : "\t" + String.join(" ", rest);
    }

    public static void main(String[] args) throws IOException {
        Map<String, Integer> df = new HashMap<>();
        Map<String, Map<String, Integer>> surface = new HashMap<>();
        int paragraphs = 0;
        for (String line : ReportLines.of(args)) {
            if (line.codePointCount(0, line.length()) < 20) continue;
            paragraphs++;
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (String w : Words.contentWords(line)) {
                String key = Words.key(w);
                surface.computeIfAbsent(key, k -> new HashMap<>()).merge(w, 1, Integer::sum);
                keys.add(key);
            }
            for (String k : keys) df.merge(k, 1, Integer::sum);
        }
        int min = Math.max(1, paragraphs / PER);
        System.out.println("# Words of government writing: the share of " + paragraphs + " paragraphs of work reports (every level,");
        System.out.println("# many provinces) that use each, for words one paragraph in " + PER + " uses. Written by");
        System.out.println("# org.policykg.link.WordSharesCount (BENCHMARKS.md). A synonym group of HanLP's thesaurus is counted as one");
        System.out.println("# word and written as its most used member; its other members are listed after it.");
        final int n = paragraphs;
        df.entrySet().stream().filter(e -> e.getValue() >= min)
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> System.out.printf("%s\t%.5f%s%n", written(surface.get(e.getKey())), (double) e.getValue() / n, others(surface.get(e.getKey()))));
    }
}
