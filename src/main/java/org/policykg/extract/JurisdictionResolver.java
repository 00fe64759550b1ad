package org.policykg.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;

/**
 * Decides which jurisdiction a document speaks for. Evidence, strongest first: the site
 * identifier (政府网站标识码 4201060014 → 420106); place names in the title and issuer; the level the
 * issuer names (区人民政府办公室 → a district); place names in the text and in unit names
 * (下陆区自规分局, 交巡警下陆大队), a district counting its city's mentions as support.
 */
public final class JurisdictionResolver {

    private static final Pattern LEVEL_WORD = Pattern.compile("(自治区|省|市|区|县)(人民)?政府");
    /** The State Council speaks for the nation: 国务院 named before any local government. */
    private static final Pattern NATIONAL_SELF = Pattern.compile("国务院|中央人民政府|^全国");
    private static final int TITLE_WEIGHT = 10;
    private static final int FULL_NAME_WEIGHT = 3;
    private static final int SHORT_NAME_WEIGHT = 1;

    private final Gazetteer gazetteer;
    private final List<Jurisdiction> candidates;

    public JurisdictionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.candidates = gazetteer.all().stream()
                .filter(j -> j.level() != Level.STREET && j.level() != Level.NATIONAL && !Gazetteer.isPlaceholder(j))
                .toList();
    }

    /** The jurisdiction and the evidence for it, or empty when nothing in the text names one. */
    public Optional<Resolved> resolve(String text, String titleAndIssuer, String siteCode) {
        if (speaksForNation(titleAndIssuer)) return Optional.of(new Resolved(gazetteer.national(), "国务院"));
        Level level = levelOf(titleAndIssuer);
        Optional<Jurisdiction> site = siteJurisdiction(siteCode);
        if (site.isPresent()) {
            Jurisdiction j = level == null ? site.get() : gazetteer.ancestorAt(site.get(), level).orElse(site.get());
            return Optional.of(new Resolved(j, "网站标识码 " + siteCode));
        }
        Map<Jurisdiction, Double> scores = scores(text, titleAndIssuer == null ? "" : titleAndIssuer);
        return scores.entrySet().stream()
                .filter(e -> atLevel(e.getKey(), level))
                .map(e -> Map.entry(e.getKey(), e.getValue() + support(e.getKey(), scores)))
                .max(Comparator.<Map.Entry<Jurisdiction, Double>>comparingDouble(Map.Entry::getValue)
                        .thenComparing(e -> e.getKey(), EARLIER_IN_GAZETTEER))
                .map(e -> new Resolved(e.getKey(), "名称 " + e.getKey().name() + " (score " + Math.round(e.getValue()) + ")"));
    }

    /**
     * Ties go to the smaller division code, so a tie resolves the same way in every run (a hash
     * map's order, which follows an enum's identity hash, did not).
     */
    private static final Comparator<Jurisdiction> EARLIER_IN_GAZETTEER =
            Comparator.comparing(Jurisdiction::code, Comparator.reverseOrder());

    public record Resolved(Jurisdiction jurisdiction, String evidence) {}

    /**
     * The jurisdiction a metadata file names (region 罗湖区, level 区级; 全国, 国家级): the division of
     * that name, at that level when one is given, the text deciding between namesakes (南山区 of 深圳
     * and of 鹤岗). Empty when no division has the name.
     */
    public Optional<Resolved> named(String name, String levelWord, String text) {
        if (name == null) return Optional.empty();
        Level level = metadataLevel(levelWord);
        if (level == Level.NATIONAL || NATIONAL_SELF.matcher(name).find() || name.equals(Gazetteer.NATIONAL_NAME)) {
            return Optional.of(new Resolved(gazetteer.national(), "metadata " + name));
        }
        Map<Jurisdiction, Double> scores = scores(text, "");
        return candidates.stream()
                .filter(j -> j.name().equals(name) || j.shortName().equals(name))
                .filter(j -> level == null || j.level() == level)
                .max(Comparator.<Jurisdiction>comparingDouble(j -> scores.getOrDefault(j, 0.0) + support(j, scores))
                        .thenComparing(EARLIER_IN_GAZETTEER))
                .map(j -> new Resolved(j, "metadata " + name));
    }

    /** 国家级 / 省级 / 市级 / 区级 / 县级, or the English level names. */
    static Level metadataLevel(String word) {
        if (word == null || word.isBlank()) return null;
        for (Level l : Level.values()) if (l.label().equalsIgnoreCase(word.strip())) return l;
        return word.startsWith("国") ? Level.NATIONAL : Level.fromQualifier(word);
    }

    /** True when the document speaks for the State Council: 国务院 named before any local government. */
    static boolean speaksForNation(String self) {
        if (self == null) return false;
        Matcher national = NATIONAL_SELF.matcher(self.strip());
        if (!national.find()) return false;
        Matcher local = LEVEL_WORD.matcher(self.strip());
        return !local.find() || local.start() > national.start();
    }

    /** 区人民政府办公室 → district; for 黄石市下陆区人民政府 the word right before 政府 decides. */
    static Level levelOf(String titleAndIssuer) {
        if (titleAndIssuer == null) return null;
        Matcher m = LEVEL_WORD.matcher(titleAndIssuer);
        if (!m.find()) return null;
        return m.group(1).equals("自治区") ? Level.PROVINCE : Level.fromQualifier(m.group(1));
    }

    private Optional<Jurisdiction> siteJurisdiction(String siteCode) {
        if (siteCode == null || siteCode.length() < 6) return Optional.empty();
        return gazetteer.byCode(siteCode.substring(0, 6));
    }

    /** 上海市人民政府 names a 市 that is a province-level municipality. */
    private static boolean atLevel(Jurisdiction j, Level level) {
        return level == null || j.level() == level || level == Level.CITY && j.level() == Level.PROVINCE && j.name().endsWith("市");
    }

    private Map<Jurisdiction, Double> scores(String text, String title) {
        Map<Jurisdiction, Double> scores = new HashMap<>();
        java.util.Set<String> bigrams = bigrams(text + "\n" + title);
        for (Jurisdiction j : candidates) {
            // most of the 3,000 names cannot occur at all: skip them before counting
            if (!bigrams.contains(j.name().substring(0, Math.min(2, j.name().length())))) continue;
            double s = 0;
            if (j.name().length() >= 3) {
                s += FULL_NAME_WEIGHT * count(text, j.name()) + TITLE_WEIGHT * count(title, j.name());
            }
            String shortName = j.shortName();
            if (!shortName.equals(j.name())) {
                s += SHORT_NAME_WEIGHT * count(text, shortName) + TITLE_WEIGHT * count(title, shortName);
            }
            if (s > 0) scores.put(j, s);
        }
        return scores;
    }

    /** Half the score of the jurisdiction's parent: a district is likelier when its city is named too. */
    private double support(Jurisdiction j, Map<Jurisdiction, Double> scores) {
        return gazetteer.parent(j).map(p -> scores.getOrDefault(p, 0.0) / 2).orElse(0.0);
    }

    private static java.util.Set<String> bigrams(String text) {
        java.util.Set<String> set = new java.util.HashSet<>();
        for (int i = 0; i + 2 <= text.length(); i++) set.add(text.substring(i, i + 2));
        return set;
    }

    private static int count(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) n++;
        return n;
    }
}
