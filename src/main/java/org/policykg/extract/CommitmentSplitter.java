package org.policykg.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.model.Commitment;
import org.policykg.model.Target;

/**
 * Splits a paragraph of a report's year's work into its commitments: the sentences (up to 。; ! ?)
 * that hold a target or one of the action verbs of {@code action-verbs.txt}.
 */
final class CommitmentSplitter {

    private static final Pattern SENTENCE = Pattern.compile("[^。;；!！?？]+[。;；!！?？]?");
    private static final int MIN_LENGTH = 8;

    private final Pattern action;

    CommitmentSplitter() {
        this.action = Pattern.compile(String.join("|", verbs()));
    }

    List<Commitment> split(CommitmentReader.Stretch paragraph, List<Target> targets) {
        String text = paragraph.normalised();
        List<Commitment> commitments = new ArrayList<>();
        for (Matcher m = SENTENCE.matcher(text); m.find(); ) {
            String sentence = m.group().strip();
            if (sentence.length() < MIN_LENGTH) continue;
            int start = m.start();
            int end = m.end();
            boolean hasTarget = targets.stream().anyMatch(t -> sentence.contains(t.asWritten()));
            if (hasTarget || action.matcher(sentence).find()) {
                commitments.add(new Commitment(paragraph.original(start, end), paragraph.span(start, end)));
            }
        }
        return commitments;
    }

    private static List<String> verbs() {
        try (InputStream in = CommitmentSplitter.class.getResourceAsStream("action-verbs.txt")) {
            if (in == null) throw new IllegalStateException("action-verbs.txt missing");
            List<String> verbs = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) verbs.add(Pattern.quote(line.strip()));
            }
            return List.copyOf(verbs);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read action-verbs.txt", e);
        }
    }
}
