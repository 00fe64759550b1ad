package org.policykg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;

/**
 * The place names a unit name may contain, for one document's jurisdiction: the full names of
 * its province's cities and counties (大冶市, 西塞山区), and the short names texts use for its own
 * city's counties and its province's cities (下陆, 武昌, 黄石). Longest match first, so 黄石港区 is
 * not read as 黄石.
 */
final class PlaceNames {

    record Place(String text, Jurisdiction jurisdiction, int at) {}

    private record Name(String text, Jurisdiction jurisdiction) {}

    private final List<Name> names = new ArrayList<>();

    PlaceNames(Gazetteer gazetteer, Jurisdiction context) {
        Optional<Jurisdiction> province = gazetteer.ancestorAt(context, Level.PROVINCE);
        Optional<Jurisdiction> city = gazetteer.ancestorAt(context, Level.CITY);
        province.ifPresent(p -> {
            add(p.name(), p);
            for (Jurisdiction c : gazetteer.children(p)) {
                if (Gazetteer.isPlaceholder(c)) continue;
                add(c.name(), c);
                add(c.shortName(), c);
                for (Jurisdiction a : gazetteer.children(c)) {
                    if (a.name().length() >= 3) add(a.name(), a);
                }
            }
        });
        city.ifPresent(c -> gazetteer.children(c).forEach(a -> add(a.shortName(), a)));
        names.sort(Comparator.comparingInt((Name n) -> n.text().length()).reversed());
    }

    private void add(String text, Jurisdiction j) {
        if (text.length() >= 2) names.add(new Name(text, j));
    }

    /** The longest place name in {@code unitName}, earliest on ties. */
    Optional<Place> find(String unitName) {
        Place best = null;
        for (Name n : names) {
            if (best != null && n.text().length() < best.text().length()) break;
            int at = unitName.indexOf(n.text());
            if (at >= 0 && (best == null || at < best.at())) best = new Place(n.text(), n.jurisdiction(), at);
        }
        return Optional.ofNullable(best);
    }
}
