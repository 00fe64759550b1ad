package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.problem.ProblemLog;
import org.policykg.query.ResultTable;
import org.policykg.NoticeCorpusStore;
import org.policykg.store.Tdb2Store;

/**
 * Issue 9: the 32 notices and progress reports of 16 provinces (a copy of the development corpus
 * and its hand labels in src/test/resources), scored the way ../shared/tools/score-responsibilities
 * scores them: tasks matched by the first 8 letters and digits of their NFKC-folded text, so list
 * numbering does not decide; responsibilities as (file, task, role, unit as written) multisets.
 */
class CorpusAccuracyTest {

    private static final Path GOLD = Path.of("src/test/resources/gold");

    private static ResultTable tasks;
    private static ResultTable responsibilities;
    private static ResultTable leaders;
    private static ProblemLog problems;

    @BeforeAll
    static void build() throws IOException {
        Tdb2Store store = NoticeCorpusStore.get();
        problems = NoticeCorpusStore.problems();
        tasks = LargeNoticeTest.query(store, "tasks.rq");
        responsibilities = LargeNoticeTest.query(store, "responsibilities.rq");
        leaders = LargeNoticeTest.query(store, "leaders.rq");
    }

    /** The scorer's task key: NFKC, without spaces, punctuation and underscores, first 8 characters. */
    static String prefix(String text) {
        String t = Normalizer.normalize(text.replace("\\n", "\n"), Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder();
        t.codePoints().filter(CorpusAccuracyTest::isWordChar).limit(8).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean isWordChar(int c) {
        int type = Character.getType(c);
        return Character.isLetter(c) || Character.isDigit(c) || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static List<String[]> gold(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(GOLD.resolve(file)).subList(1, Files.readAllLines(GOLD.resolve(file)).size())) {
            if (!line.isBlank() && !line.startsWith("#")) rows.add(line.split("\t", -1));
        }
        return rows;
    }

    private static String file(String source) {
        return Path.of(source).getFileName().toString();
    }

    private record Score(int matched, int gold, int output) {
        double precision() { return output == 0 ? 0 : (double) matched / output; }
        double recall() { return gold == 0 ? 0 : (double) matched / gold; }
        double f1() { return precision() + recall() == 0 ? 0 : 2 * precision() * recall() / (precision() + recall()); }
    }

    private static Map<String, String> goldTasks() throws IOException {
        Map<String, String> map = new HashMap<>();
        for (String[] r : gold("corpus-tasks.tsv")) map.put(r[0] + "\t" + r[1] + "\t" + r[2], prefix(r[3]));
        return map;
    }

    private static Map<String, String> ourTasks() {
        Map<String, String> map = new HashMap<>();
        for (List<String> r : tasks.rows()) map.put(file(r.get(0)) + "\t" + r.get(1) + "\t" + r.get(2), prefix(r.get(4)));
        return map;
    }

    private static Set<String> goldSources() throws IOException {
        Set<String> sources = new HashSet<>();
        for (String[] r : gold("corpus-tasks.tsv")) sources.add(r[0]);
        for (String[] r : gold("corpus-responsibilities.tsv")) sources.add(r[0]);
        return sources;
    }

    /** Multiset match of (file, task prefix, role, name) keys, as the scorer counts them. */
    private static Score score(List<String[]> goldRows, List<List<String>> ourRows, int goldValue, int ourValue, int goldRole, int ourRole) throws IOException {
        Map<String, String> gt = goldTasks();
        Map<String, String> ot = ourTasks();
        Set<String> sources = goldSources();
        Map<String, Integer> g = new HashMap<>();
        for (String[] r : goldRows) g.merge(key(r[0], gt.getOrDefault(r[0] + "\t" + r[1] + "\t" + r[2], "?"), goldRole < 0 ? "leader" : r[goldRole], r[goldValue]), 1, Integer::sum);
        Map<String, Integer> o = new HashMap<>();
        int output = 0;
        for (List<String> r : ourRows) {
            String src = file(r.get(0));
            if (!sources.contains(src)) continue;
            output++;
            o.merge(key(src, ot.getOrDefault(src + "\t" + r.get(1) + "\t" + r.get(2), "?"), ourRole < 0 ? "leader" : r.get(ourRole), r.get(ourValue)), 1, Integer::sum);
        }
        int matched = 0;
        for (Map.Entry<String, Integer> e : g.entrySet()) matched += Math.min(e.getValue(), o.getOrDefault(e.getKey(), 0));
        return new Score(matched, goldRows.size(), output);
    }

    private static String key(String source, String task, String role, String name) {
        return source + "\t" + task + "\t" + role + "\t" + Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    }

    @Test
    void findsTheTasksByTheirText() throws IOException {
        Set<String> sources = goldSources();
        Set<String> gold = new HashSet<>();
        goldTasks().forEach((k, v) -> gold.add(k.split("\t")[0] + "\t" + v));
        Set<String> ours = new HashSet<>();
        ourTasks().forEach((k, v) -> { if (sources.contains(k.split("\t")[0])) ours.add(k.split("\t")[0] + "\t" + v); });
        Set<String> found = new HashSet<>(gold);
        found.retainAll(ours);
        Set<String> invented = new HashSet<>(ours);
        invented.removeAll(gold);
        assertEquals(144, gold.size());
        assertTrue(found.size() >= 0.97 * gold.size(), "tasks found " + found.size() + "/" + gold.size());
        assertTrue(invented.size() <= 3, "invented tasks: " + invented);
    }

    @Test
    void responsibilitiesScoreAtLeast095() throws IOException {
        Score s = score(gold("corpus-responsibilities.tsv"), responsibilities.rows(), 4, 5, 3, 3);
        assertEquals(388, s.gold());
        assertTrue(s.f1() >= 0.95, "responsibilities " + s);
    }

    @Test
    void leadersScoreAtLeast090() throws IOException {
        Score s = score(gold("corpus-leaders.tsv"), leaders.rows(), 3, 3, -1, -1);
        assertEquals(45, s.gold());
        assertTrue(s.f1() >= 0.90, "leaders " + s);
    }

    @Test
    void leadersAreNeverUnits() {
        Set<String> leaderNames = new HashSet<>();
        leaders.rows().forEach(r -> leaderNames.add(r.get(3)));
        assertTrue(responsibilities.rows().stream().noneMatch(r -> leaderNames.contains(r.get(5))));
    }

    @Test
    void noCorpusFileFailsOrCrashes() {
        assertEquals(0, problems.count(org.policykg.problem.Severity.ERROR), problems.all().toString());
    }
}
