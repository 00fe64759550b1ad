package org.policykg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The notation knowledge of the notices — field labels, role words, organisation endings,
 * collectives, leader titles, heading words, lead rules, table headers, page furniture — read once
 * from the reviewed files in {@code org/policykg/lexicon/} and immutable afterwards.
 */
public final class Lexicon {

    /** What a field label or table column holds. */
    public enum Kind {
        NUMBER, TASK, LEAD, COOPERATING, RESPONSIBLE, DATA_PROVIDER, JOINT, LEADER, DEADLINE, SOURCE, PROGRESS, TARGET, OTHER;

        static Kind of(String s) {
            return valueOf(s.trim().toUpperCase().replace('-', '_'));
        }

        /** Whether a value of this kind names units. */
        public boolean namesUnits() {
            return this == LEAD || this == COOPERATING || this == RESPONSIBLE || this == DATA_PROVIDER;
        }
    }

    /** A rule a notice states about its unit lists; {@code severalOnly}: it holds only where a task names several units. */
    public record LeadRule(String phrase, boolean severalOnly) {}

    private static final String DIR = "/org/policykg/lexicon/";

    private final Map<String, Kind> fieldLabels;
    private final Map<String, Kind> roleWords;
    private final List<String> orgSuffixes;
    private final List<String> collectives;
    private final List<String> collectivePrefixes;
    private final List<String> leaderTitles;
    private final List<String> leaderGroupWords;
    private final List<String> leadHeadingWords;
    private final List<LeadRule> leadRules;
    private final Map<String, Kind> tableHeaders;
    private final List<String> furnitureContains;
    private final List<String> furnitureEnds;
    private final List<String> referenceWords;
    private final List<String> notNameOpenings;
    private final Pattern fieldLabel;
    private final int longestRoleWord;

    private Lexicon() {
        fieldLabels = kinds(rows("field-labels.tsv"));
        roleWords = kinds(rows("role-words.tsv"));
        orgSuffixes = column(rows("org-suffixes.txt"));
        List<String[]> coll = rows("collectives.txt");
        collectives = coll.stream().map(r -> r[0]).filter(s -> !s.startsWith("prefix:")).toList();
        collectivePrefixes = coll.stream().map(r -> r[0]).filter(s -> s.startsWith("prefix:")).map(s -> s.substring(7)).toList();
        leaderTitles = longestFirst(column(rows("leader-titles.txt")));
        leaderGroupWords = longestFirst(column(rows("leader-group-words.txt")));
        leadHeadingWords = longestFirst(column(rows("lead-headings.txt")));
        leadRules = rows("lead-rules.tsv").stream().map(r -> new LeadRule(r[0], r.length > 1 && r[1].trim().equals("several"))).toList();
        tableHeaders = kinds(rows("table-headers.tsv"));
        List<String[]> furniture = rows("page-furniture.tsv");
        furnitureContains = furniture.stream().filter(r -> r[0].equals("contains")).map(r -> r[1]).toList();
        furnitureEnds = furniture.stream().filter(r -> r[0].equals("ends")).map(r -> r[1]).toList();
        referenceWords = longestFirst(column(rows("reference-words.txt")));
        notNameOpenings = column(rows("not-name-openings.txt"));
        String labels = longestFirst(List.copyOf(fieldLabels.keySet())).stream().map(Pattern::quote).collect(Collectors.joining("|"));
        fieldLabel = Pattern.compile("(省级|市级|区级|县级)?(" + labels + ")\\s*[:：]");
        longestRoleWord = roleWords.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    public static Lexicon get() {
        return Holder.INSTANCE;
    }

    /** A field label with its colon; group 1 is the 省级/市级/区级 qualifier, group 2 the label. */
    public Pattern fieldLabel() {
        return fieldLabel;
    }

    public Kind labelKind(String label) {
        return fieldLabels.getOrDefault(label, Kind.OTHER);
    }

    /** The role word starting at {@code i} (longest), or null. */
    public String roleWordAt(String text, int i, int end) {
        for (int n = Math.min(longestRoleWord, end - i); n >= 1; n--) {
            String w = text.substring(i, i + n);
            if (roleWords.containsKey(w)) return w;
        }
        return null;
    }

    public Kind roleOf(String roleWord) {
        return roleWords.get(roleWord);
    }

    /** Whether a name (normalised) is an organisation's or a collective's, by its ending or opening. */
    public boolean isOrganisation(String name) {
        String core = withoutTrailingBracket(name.strip());
        if (core.length() < 2) return false;
        if (collectives.contains(core)) return true;
        if (notNameOpenings.stream().anyMatch(core::startsWith)) return false;
        for (String p : collectivePrefixes) if (core.startsWith(p) && core.length() > p.length()) return true;
        for (String s : orgSuffixes) if (core.endsWith(s) && core.length() > s.length()) return true;
        return false;
    }

    public boolean isCollectiveWord(String name) {
        return collectives.contains(name.strip());
    }

    /** 县(市)政府 stays; 各镇政府(街道办事处) is judged by 各镇政府. */
    private static String withoutTrailingBracket(String name) {
        if (name.endsWith(")") || name.endsWith("）")) {
            int open = name.lastIndexOf('(');
            if (open > 0) return name.substring(0, open);
        }
        return name;
    }

    /** The leader a heading groups tasks under (孟学农省长 of 一、孟学农省长负责的工作), or null. */
    public String leaderOfHeading(String heading) {
        for (String w : leaderGroupWords) {
            int at = heading.indexOf(w);
            if (at > 0 && heading.substring(at + w.length()).replaceAll("[\\s。.:]", "").isEmpty()) {
                String leader = heading.substring(0, at).strip();
                if (leaderTitles.stream().anyMatch(leader::endsWith)) return leader;
            }
        }
        return null;
    }

    /** The length of the unit a heading makes lead ((一)省监察厅牵头的工作 → 省监察厅), or -1. */
    public int leadOfHeading(String heading) {
        for (String w : leadHeadingWords) {
            if (heading.endsWith(w)) {
                String unit = heading.substring(0, heading.length() - w.length()).strip();
                if (isOrganisation(unit) && leaderTitles.stream().noneMatch(unit::endsWith)) return unit.length();
            }
        }
        return -1;
    }

    /** Whether {@code text} ends with a word saying a document is implemented (根据, 贯彻落实). */
    public boolean endsWithReferenceWord(String text) {
        String t = text.strip();
        return referenceWords.stream().anyMatch(t::endsWith);
    }

    public boolean isLeaderTitle(String name) {
        return leaderTitles.stream().anyMatch(name::endsWith);
    }

    /** The post title a leader's name ends with (孟学农省长 → 省长, 常务副市长 → 常务副市长), or null. */
    public String leaderTitleOf(String name) {
        return leaderTitles.stream().filter(name::endsWith).findFirst().orElse(null);
    }

    /** The lead rule a text states, or null. */
    public LeadRule leadRuleIn(String text) {
        String compact = text.replace(" ", "");
        return leadRules.stream().filter(r -> compact.contains(r.phrase())).findFirst().orElse(null);
    }

    /** The column a table header names, or null when it is no header. */
    public Kind tableHeader(String cell) {
        return tableHeaders.get(cell.replaceAll("\\s", ""));
    }

    public boolean isFurniture(String line) {
        String s = line.strip();
        return furnitureContains.stream().anyMatch(s::contains) || isFileName(s);
    }

    public boolean isFileName(String line) {
        String s = line.strip().toLowerCase();
        return !s.contains(" ") && furnitureEnds.stream().anyMatch(s::endsWith);
    }

    private static List<String[]> rows(String file) {
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) throw new IllegalStateException("the lexicon file " + file + " is missing from the jar");
            List<String[]> rows = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t", -1));
            }
            return List.copyOf(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Kind> kinds(List<String[]> rows) {
        Map<String, Kind> map = new LinkedHashMap<>();
        for (String[] r : rows) map.put(r[0].trim(), Kind.of(r[1]));
        return Map.copyOf(map);
    }

    private static List<String> column(List<String[]> rows) {
        return rows.stream().map(r -> r[0].trim()).toList();
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
