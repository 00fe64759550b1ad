package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's tour, run: every {@code $ ./policykg …} command of its code blocks is executed in
 * order (the build into a fresh store, the others on it) and its output compared with the lines
 * the README shows under it, timings and absolute paths masked. A block that ends with "…" shows
 * only the start of the output. Commands piped into other tools must succeed and print something.
 * On a mismatch the failure names each block that differs (README line, command) with the lines
 * expected (-) and printed (+), so the README can be refreshed by hand after a deliberate change.
 */
class ReadmeTourTest {

    private static final Path README = Path.of("README.md");
    private static final Pattern TIMING = Pattern.compile("\\d+(\\.\\d+)? s\\b");
    private static final Pattern HOME = Pattern.compile("(?:/[^\\s/│]+)+/(?=(?:seeds|store)\\b)");
    /** stderr trailers the README leaves out: how many rows and how long. */
    private static final Pattern TRAILER = Pattern.compile("^\\d+ (result\\(s\\) in .*|task\\(s\\))$");

    @TempDir
    Path dir;

    record Step(int line, String command, List<String> expected) {}

    @Test
    void everyCommandOfTheTourPrintsWhatTheReadmeShows() throws IOException {
        List<Step> steps = steps(Files.readAllLines(README, StandardCharsets.UTF_8));
        assertTrue(steps.size() >= 10, "the tour's commands: " + steps);
        assertTrue(steps.get(0).command().startsWith("./policykg build"), "the tour starts with a build: " + steps.get(0));
        List<String> failures = new ArrayList<>();
        for (Step s : steps) {
            // serve runs until stopped: ServeCommandTest and the serve package's tests start it
            if (s.command().startsWith("./policykg serve")) continue;
            String problem = check(s);
            if (problem != null) failures.add("README.md line " + s.line() + ": " + s.command().lines().findFirst().orElse("") + "\n" + problem);
        }
        if (!failures.isEmpty()) fail(failures.size() + " of " + steps.size() + " README commands differ:\n\n" + String.join("\n\n", failures));
    }

    /** Every command line of the README's code blocks with the output shown under it. */
    static List<Step> steps(List<String> readme) {
        List<Step> steps = new ArrayList<>();
        boolean inBlock = false;
        for (int i = 0; i < readme.size(); i++) {
            String line = readme.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                continue;
            }
            if (!inBlock || !line.startsWith("$ ./policykg")) continue;
            StringBuilder command = new StringBuilder(line.substring(2));
            while (quotesOpen(command.toString()) && i + 1 < readme.size()) command.append('\n').append(readme.get(++i));
            int start = i + 1;
            List<String> expected = new ArrayList<>();
            while (i + 1 < readme.size() && !readme.get(i + 1).startsWith("```") && !readme.get(i + 1).startsWith("$ ")) expected.add(readme.get(++i));
            steps.add(new Step(start, command.toString(), expected));
        }
        return steps;
    }

    private static boolean quotesOpen(String s) {
        return s.chars().filter(c -> c == '\'').count() % 2 == 1;
    }

    /** Runs one step; null when its output is as shown, else what differs. */
    private String check(Step s) {
        List<String> words = words(s.command());
        int pipe = words.indexOf("|");
        boolean piped = pipe >= 0 || words.contains(">");
        List<String> args = new ArrayList<>(words.subList(1, piped ? firstOf(words, "|", ">") : words.size()));
        for (int i = 0; i < args.size() - 1; i++) {
            if (args.get(i).equals("-o") || args.get(i).equals("--output")) args.set(i + 1, dir.resolve(args.get(i + 1)).toString());
        }
        int store = args.indexOf("--store");
        if (store >= 0 && store + 1 < args.size()) {
            args.set(store + 1, dir.resolve(args.get(store + 1)).toString()); // a store of its own, in the test's folder
        } else if (!List.of("queries", "extract").contains(args.get(0))) {
            args.add("--store");
            args.add(dir.resolve("store").toString());
        }
        CommandRun r = CliTest.run(args.toArray(String[]::new));
        if (r.exit() != 0) return "exit " + r.exit() + ":\n" + r.err();
        if (piped) return r.out().isEmpty() ? "printed nothing for the next tool" : null;
        List<String> actual = new ArrayList<>();
        r.err().lines().filter(l -> !TRAILER.matcher(l).matches()).forEach(actual::add);
        actual.addAll(r.out().lines().toList());
        return difference(s.expected(), actual);
    }

    private static int firstOf(List<String> words, String a, String b) {
        int i = words.indexOf(a);
        int j = words.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }

    /** Shell words: '…' and "…" quoted, | and > as words of their own. */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean started = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'' || c == '"') {
                int end = command.indexOf(c, i + 1);
                w.append(command, i + 1, end);
                i = end;
                started = true;
            } else if (Character.isWhitespace(c)) {
                if (started) words.add(w.toString());
                w.setLength(0);
                started = false;
            } else {
                w.append(c);
                started = true;
            }
        }
        if (started) words.add(w.toString());
        return words;
    }

    private static String mask(String line) {
        return TIMING.matcher(HOME.matcher(line).replaceAll("<home>/")).replaceAll("<t> s").stripTrailing();
    }

    /** null when equal after masking (a README block ending in … is a prefix), else the lines side by side. */
    static String difference(List<String> expected, List<String> actual) {
        List<String> want = expected.stream().map(ReadmeTourTest::mask).toList();
        List<String> got = actual.stream().map(ReadmeTourTest::mask).toList();
        boolean prefix = !want.isEmpty() && want.get(want.size() - 1).equals("…");
        if (prefix) want = want.subList(0, want.size() - 1);
        if (prefix ? got.size() >= want.size() && got.subList(0, want.size()).equals(want) : got.equals(want)) return null;
        StringBuilder sb = new StringBuilder("  (- README, + printed" + (prefix ? "; the README shows the first " + want.size() + " lines" : "") + ")");
        int n = Math.max(want.size(), prefix ? Math.min(got.size(), want.size()) : got.size());
        for (int i = 0; i < n; i++) {
            String a = i < want.size() ? want.get(i) : null;
            String b = i < got.size() ? got.get(i) : null;
            if (a != null && a.equals(b)) continue;
            if (a != null) sb.append("\n  line ").append(i + 1).append(" - ").append(a);
            if (b != null) sb.append("\n  line ").append(i + 1).append(" + ").append(b);
        }
        return sb.toString();
    }
}
