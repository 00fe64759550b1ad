package org.policykg.link;

import com.hankcs.hanlp.mining.word2vec.Word2VecTrainer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Trains word vectors (HanLP's word2vec) on the content words of work reports, one sentence a line, for
 * the embedding lever of issue 13's sixth round (BENCHMARKS.md). The labels play no part.
 *
 * <pre>
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat cp.txt) org.policykg.link.WordVectorsTrain MODEL DIR...
 * </pre>
 */
public final class WordVectorsTrain {

    private static final Pattern SENTENCE = Pattern.compile("[。；;！!？?]");

    public static void main(String[] args) throws IOException {
        Path corpus = Files.createTempFile("word-vectors", ".txt");
        try (BufferedWriter out = Files.newBufferedWriter(corpus)) {
            for (String line : ReportLines.of(Arrays.copyOfRange(args, 1, args.length))) {
                for (String sentence : SENTENCE.split(line)) {
                    List<String> words = Words.contentWords(sentence);
                    if (words.size() < 3) continue;
                    out.write(String.join(" ", words));
                    out.newLine();
                }
            }
        }
        new Word2VecTrainer().setLayerSize(Integer.getInteger("size", 100)).setWindowSize(Integer.getInteger("window", 5))
                .setMinVocabFrequency(Integer.getInteger("minCount", 3)).setNumIterations(Integer.getInteger("iterations", 15))
                .useNumThreads(2).train(corpus.toString(), args[0]);
        Files.delete(corpus);
    }
}
