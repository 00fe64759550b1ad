package org.policykg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tasks each unit leads, so that a child's candidates include what its own lead unit, or that
 * unit's counterpart up the chain, leads there: a task worded unlike its parent is still found
 * through the office that carries both (区财政局 ↔ 市财政局 on debt, whatever the words).
 */
final class LeadIndex {

    /** Tasks taken per lead unit: a chain's office leads a few dozen tasks at most, so the cost stays linear. */
    static final int PER_UNIT = 40;

    private final Map<String, List<LinkTask>> ledBy = new HashMap<>();

    LeadIndex(List<LinkTask> tasks) {
        for (LinkTask t : tasks) for (String unit : t.leads()) ledBy.computeIfAbsent(unit, k -> new ArrayList<>()).add(t);
    }

    /** How many tasks {@code unit} leads (in every list that names it). */
    int ledCount(String unit) {
        return ledBy.getOrDefault(unit, List.of()).size();
    }

    /** Tasks of {@code chain} and {@code years} led by the child's lead units or their counterparts there. */
    List<LinkTask> ledAbove(LinkTask child, Set<String> chain, int[] years) {
        Set<LinkTask> found = new LinkedHashSet<>();
        for (String unit : child.leads()) {
            for (String candidate : counterparts(unit, child.jurisdiction(), chain)) {
                int taken = 0;
                for (LinkTask t : ledBy.getOrDefault(candidate, List.of())) {
                    if (taken >= PER_UNIT) break;
                    if (!chain.contains(t.jurisdiction()) || t.year() != years[0] && t.year() != years[1]) continue;
                    found.add(t);
                    taken++;
                }
            }
        }
        return List.copyOf(found);
    }

    /** The unit itself and, for the child government's own office, the office of that name in each higher government. */
    private static List<String> counterparts(String unit, String jurisdiction, Set<String> chain) {
        List<String> units = new ArrayList<>(List.of(unit));
        int slash = unit.lastIndexOf('/');
        if (slash < 0 || !unit.substring(0, slash).endsWith("/" + jurisdiction)) return units;
        String prefix = unit.substring(0, slash);
        String base = prefix.substring(0, prefix.length() - jurisdiction.length());
        for (String code : chain) units.add(base + code + unit.substring(slash));
        return units;
    }
}
