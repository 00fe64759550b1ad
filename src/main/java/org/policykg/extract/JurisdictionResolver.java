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

    private static final Pattern LEVEL_WORD = Pattern.compile("(省|市|区|县)(人民)?政府");
    private static final int TITLE_WEIGHT = 10;
    private static final int FULL_NAME_WEIGHT = 3;
    private static final int SHORT_NAME_WEIGHT = 1;

    private final Gazetteer gazetteer;
    private final List<Jurisdiction> candidates;

    public JurisdictionResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.candidates = gazetteer.all().stream()
                .filter(j -> j.level() != Level.STREET && !Gazetteer.isPlaceholder(j))
                .toList();
    }

    /** The jurisdiction and the evidence for it, or empty when nothing in the text names one. */
    public Optional<Resolved> resolve(String text, String titleAndIssuer, String siteCode) {
        Level level = levelOf(titleAndIssuer);
        Optional<Jurisdiction> site = siteJurisdiction(siteCode);
        if (site.isPresent()) {
            Jurisdiction j = level == null ? site.get() : gazetteer.ancestorAt(site.get(), level).orElse(site.get());
            return Optional.of(new Resolved(j, "网站标识码 " + siteCode));
        }
        Map<Jurisdiction, Double> scores = scores(text, titleAndIssuer == null ? "" : titleAndIssuer);
        return scores.entrySet().stream()
                .filter(e -> level == null || e.getKey().level() == level)
                .map(e -> Map.entry(e.getKey(), e.getValue() + support(e.getKey(), scores)))
                .max(Comparator.comparingDouble(Map.Entry::getValue))
                .map(e -> new Resolved(e.getKey(), "名称 " + e.getKey().name() + " (score " + Math.round(e.getValue()) + ")"));
    }

    public record Resolved(Jurisdiction jurisdiction, String evidence) {}

    /** 区人民政府办公室 → district; for 黄石市下陆区人民政府 the word right before 政府 decides. */
    static Level levelOf(String titleAndIssuer) {
        if (titleAndIssuer == null) return null;
        Matcher m = LEVEL_WORD.matcher(titleAndIssuer);
        return m.find() ? Level.fromQualifier(m.group(1)) : null;
    }

    private Optional<Jurisdiction> siteJurisdiction(String siteCode) {
        if (siteCode == null || siteCode.length() < 6) return Optional.empty();
        return gazetteer.byCode(siteCode.substring(0, 6));
    }

    private Map<Jurisdiction, Double> scores(String text, String title) {
        Map<Jurisdiction, Double> scores = new HashMap<>();
        for (Jurisdiction j : candidates) {
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

    private static int count(String text, String name) {
        int n = 0;
        for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) n++;
        return n;
    }
}
