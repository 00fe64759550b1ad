package org.policykg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of the lists, as evidence: a lower notice usually takes its parent's items in the parent's
 * order, so when a child's neighbour in its list matches a parent task well, the parent tasks just
 * after (for the previous neighbour) or just before (for the next one) are likely parents of the child
 * too. Like a sentence aligner, this turns the neighbours' links into evidence for a monotone alignment.
 */
final class ListOrder {

    /** Neighbours looked at on each side, and how far past a neighbour's match a parent may stand. */
    static final int REACH = 2;

    private final Map<String, List<String>> lists = new HashMap<>();
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<String, String> listOf = new HashMap<>();

    /** @param tasks in document and list order */
    ListOrder(List<LinkTask> tasks) {
        for (LinkTask t : tasks) {
            List<String> list = lists.computeIfAbsent(key(t), k -> new ArrayList<>());
            position.put(t.iri(), list.size());
            listOf.put(t.iri(), key(t));
            list.add(t.iri());
        }
    }

    static String key(LinkTask t) {
        return t.source() + "#" + t.list();
    }

    /**
     * Parent tasks the child's neighbours point to: parent IRI → the strongest text match of a neighbour
     * whose best match (in {@code anchors}: child IRI → parent list → best parent and its text score)
     * stands at most {@link #REACH} places before it (a previous neighbour) or after it (a next one).
     */
    Map<String, Double> suggested(LinkTask child, Map<String, Map<String, Anchor>> anchors) {
        Map<String, Double> suggested = new HashMap<>();
        List<String> siblings = lists.get(key(child));
        int at = position.get(child.iri());
        for (int d = -REACH; d <= REACH; d++) {
            if (d == 0 || at + d < 0 || at + d >= siblings.size()) continue;
            for (Anchor a : anchors.getOrDefault(siblings.get(at + d), Map.of()).values()) {
                List<String> parents = lists.get(a.list());
                int from = d < 0 ? a.position() : a.position() - REACH;
                int to = d < 0 ? a.position() + REACH : a.position();
                for (int j = Math.max(0, from); j <= Math.min(parents.size() - 1, to); j++) {
                    suggested.merge(parents.get(j), a.text(), Math::max);
                }
            }
        }
        return suggested;
    }

    /** The task's place in its list. */
    int position(String iri) {
        return position.get(iri);
    }

    /** The key of the task's list. */
    String list(String iri) {
        return listOf.get(iri);
    }

    int size(String list) {
        return lists.get(list).size();
    }

    Anchor anchor(LinkTask parent, double text) {
        return new Anchor(key(parent), position.get(parent.iri()), text);
    }

    /** A child's best match in one parent list: the list, the parent's place in it and the text score. */
    record Anchor(String list, int position, double text) {}
}
