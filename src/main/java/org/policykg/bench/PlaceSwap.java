package org.policykg.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;

/**
 * Renames a document's own places to another government's: the source government and its ancestors
 * (full and short names, and their codes, which sites put in addresses) become the target's places at
 * the same level (湖北省/湖北 → 广东省/广东, 黄石市/黄石 → 韶关市/韶关, 下陆区 → 武江区). Where the
 * target has no place at a level (a municipality's district has no prefecture), the nearest one above
 * stands in, and the doubled name that leaves (北京市北京市) is written once.
 */
final class PlaceSwap {

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> codes = new LinkedHashMap<>();
    private final Pattern namePattern;
    private final Pattern codePattern;

    PlaceSwap(Gazetteer gazetteer, Jurisdiction source, Jurisdiction target) {
        for (Jurisdiction s : gazetteer.chain(source)) {
            if (s.level() == Level.NATIONAL || Gazetteer.isPlaceholder(s)) continue;
            Jurisdiction t = standIn(gazetteer, target, s.level());
            names.putIfAbsent(s.name(), t.name());
            if (!s.shortName().equals(s.name())) names.putIfAbsent(s.shortName(), t.shortName());
            codes.putIfAbsent(s.code(), t.code());
        }
        namePattern = alternation(names.keySet(), "", "");
        codePattern = alternation(codes.keySet(), "(?<!\\d)", "(?!\\d)");
    }

    /** The target's place at this level, or its nearest place above where it has none at the level. */
    private static Jurisdiction standIn(Gazetteer gazetteer, Jurisdiction target, Level level) {
        for (Jurisdiction t : gazetteer.chain(target)) {
            if (!Gazetteer.isPlaceholder(t) && t.level().ordinal() <= level.ordinal()) return t;
        }
        return target;
    }

    /** Longest keys first, so a full name wins over its short name at the same place (下陆区 before 下陆). */
    private static Pattern alternation(Iterable<String> keys, String before, String after) {
        List<String> sorted = new ArrayList<>();
        keys.forEach(sorted::add);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> quoted = sorted.stream().map(Pattern::quote).toList();
        return Pattern.compile(before + "(?:" + String.join("|", quoted) + ")" + after);
    }

    /** The text with its places renamed, in one pass (a new name is never renamed again). */
    String apply(String text) {
        String renamed = replace(codePattern, codes, replace(namePattern, names, text));
        for (String name : new java.util.LinkedHashSet<>(names.values())) renamed = renamed.replace(name + name, name);
        return renamed;
    }

    private static String replace(Pattern pattern, Map<String, String> map, String text) {
        if (map.isEmpty()) return text;
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(map.get(m.group())));
        m.appendTail(out);
        return out.toString();
    }
}
