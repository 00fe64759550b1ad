package org.policykg.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;
import org.policykg.model.UnitKind;
import org.policykg.model.UnitRef;

/**
 * Resolves a written unit name to a unit: which jurisdiction it belongs to (市发改委 in a Wuchang
 * notice is Wuhan's; 下陆区税务分局 is 下陆区's; 大冶市政府 is 大冶市's government), its key there after
 * folding abbreviations, its canonical name, its kind, a second name written in brackets
 * (区发改局(区项目办)), and, for a collective, the members the gazetteer can name.
 */
public final class UnitResolver {

    private static final Pattern ALIAS = Pattern.compile("^(.+?)\\(([省市区县][^()]{2,})\\)$");
    private static final Pattern STREET = Pattern.compile("^(.+?)(街办|街道办事处|街道办|街道)$");
    private static final Pattern ZONE = Pattern.compile("^(.+?)(园区|管委会|管理委员会)$");
    private static final Pattern CITY_COLLECTIVE = Pattern.compile("市政府|县\\(市、区\\)|县市区|城区政府|^团市委$|^全市");
    private static final Pattern COUNTY_GOVERNMENTS = Pattern.compile("^各(县\\(市、区\\)|县市区)(人民)?政府$");
    private static final Pattern DISTRICT_GOVERNMENTS = Pattern.compile("^各城区(人民)?政府$");
    private static final Pattern STREET_OFFICES = Pattern.compile("^各(街办|街道办事处|街道|镇街|乡镇|镇\\(街\\)|乡镇\\(街道\\))(\\(园区\\))?$");

    private final Gazetteer gazetteer;
    private final UnitNameFolder folder = new UnitNameFolder();
    private final UnitKindClassifier classifier = new UnitKindClassifier();
    private final Map<String, PlaceNames> placesByContext = new HashMap<>();

    public UnitResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** @param name the unit name, normalised; @param context the jurisdiction of the document */
    public UnitRef resolve(String name, Jurisdiction context) {
        Matcher alias = ALIAS.matcher(name);
        List<String> aliases = alias.matches() ? List.of(alias.group(2)) : List.of();
        String main = alias.matches() ? alias.group(1) : name;
        String folded = folder.fold(main);
        if (context == null) return new UnitRef(null, folded, folded, classifier.classify(folded), aliases, List.of());
        Located located = locate(folded, context);
        boolean named = located.jurisdiction().level() == Level.DISTRICT && classifier.classify(folded) != UnitKind.COLLECTIVE;
        Optional<UnitRef> lowerUnit = named ? subUnit(located) : Optional.empty();
        if (lowerUnit.isPresent()) return withAliases(lowerUnit.get(), aliases);
        return build(located.jurisdiction(), located.canonical(), aliases);
    }

    private record Located(Jurisdiction jurisdiction, String canonical) {}

    private Located locate(String folded, Jurisdiction context) {
        Optional<PlaceNames.Place> place = places(context).find(folded);
        if (place.isPresent()) {
            PlaceNames.Place p = place.get();
            Jurisdiction j = p.jurisdiction();
            String canonical = p.at() == 0 ? j.name() + folded.substring(p.text().length()) : expandPrefix(folded, context);
            return new Located(j, canonical);
        }
        Level level = leadingLevel(folded);
        if (level != null) {
            Jurisdiction j = at(context, level);
            return new Located(j, j.name() + folded.substring(1));
        }
        if (CITY_COLLECTIVE.matcher(folded).find()) return new Located(at(context, Level.CITY), folded);
        return new Located(context, folded);
    }

    /** 市X / 区X / 省X: the level a name's first character names; 市场… is no prefix. */
    private static Level leadingLevel(String name) {
        if (name.length() < 3 || name.startsWith("市场")) return null;
        return Level.fromQualifier(name.substring(0, 1));
    }

    /** 市生态环境局武昌区分局 → 武汉市生态环境局武昌区分局: the level prefix spelled out. */
    private String expandPrefix(String name, Jurisdiction context) {
        Level level = leadingLevel(name);
        return level == null ? name : at(context, level).name() + name.substring(1);
    }

    private Jurisdiction at(Jurisdiction context, Level level) {
        return gazetteer.ancestorAt(context, level).orElse(context);
    }

    /** A street office or zone committee of a district, found in the gazetteer: 老街办 → 老下陆街道. */
    private Optional<UnitRef> subUnit(Located located) {
        Jurisdiction district = located.jurisdiction();
        String local = located.canonical().startsWith(district.name())
                ? located.canonical().substring(district.name().length()) : located.canonical();
        Matcher street = STREET.matcher(local);
        Matcher zone = ZONE.matcher(local);
        String stem = street.matches() ? street.group(1) : zone.matches() ? zone.group(1) : null;
        if (stem == null) return Optional.empty();
        List<Jurisdiction> found = gazetteer.children(district).stream().filter(s -> s.name().startsWith(stem)).toList();
        return found.size() == 1 ? Optional.of(streetUnit(found.get(0))) : Optional.empty();
    }

    private UnitRef streetUnit(Jurisdiction street) {
        String n = street.name();
        String canonical = n.endsWith("街道") ? n + "办事处" : (n.endsWith("镇") || n.endsWith("乡")) ? n + "政府" : n;
        return build(street, canonical, List.of());
    }

    private UnitRef build(Jurisdiction j, String canonical, List<String> aliases) {
        String key = canonical.startsWith(j.name()) && canonical.length() > j.name().length()
                ? canonical.substring(j.name().length()) : canonical;
        UnitKind kind = kind(j, key, canonical);
        return new UnitRef(j, key, canonical, kind, aliases, kind == UnitKind.COLLECTIVE ? members(j, key) : List.of());
    }

    private UnitKind kind(Jurisdiction j, String key, String canonical) {
        if (j.level() == Level.STREET) return classifier.classify(canonical);
        if (key.equals("政府") || (canonical.endsWith(j.name()) && j.level() != Level.PROVINCE)) return UnitKind.LOWER_LEVEL_GOVERNMENT;
        return classifier.classify(key);
    }

    /** The members a collective denotes, where the gazetteer can name them. */
    private List<UnitRef> members(Jurisdiction j, String key) {
        List<UnitRef> members = new ArrayList<>();
        if (COUNTY_GOVERNMENTS.matcher(key).matches() || DISTRICT_GOVERNMENTS.matcher(key).matches()) {
            boolean districtsOnly = DISTRICT_GOVERNMENTS.matcher(key).matches();
            for (Jurisdiction area : gazetteer.children(j)) {
                if (!districtsOnly || area.name().endsWith("区")) members.add(build(area, area.name() + "政府", List.of()));
            }
        } else if (STREET_OFFICES.matcher(key).matches() && j.level() == Level.DISTRICT) {
            gazetteer.children(j).forEach(s -> members.add(streetUnit(s)));
        }
        return members;
    }

    private static UnitRef withAliases(UnitRef unit, List<String> aliases) {
        return aliases.isEmpty() ? unit : new UnitRef(unit.jurisdiction(), unit.key(), unit.canonicalName(), unit.kind(), aliases, unit.members());
    }

    private PlaceNames places(Jurisdiction context) {
        return placesByContext.computeIfAbsent(context.code(), c -> new PlaceNames(gazetteer, context));
    }
}
