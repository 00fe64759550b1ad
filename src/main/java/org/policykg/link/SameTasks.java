package org.policykg.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The groups of tasks that one report writes several times (same-task links). A child that answers
 * such a goal answers each writing of it: every candidate of a group is weighed as its best member.
 */
final class SameTasks {

    private final Map<String, String> group = new HashMap<>();

    private SameTasks() {}

    static SameTasks of(List<Link> links) {
        SameTasks twins = new SameTasks();
        for (Link l : links) if (l.kind() == LinkKind.SAME_TASK) twins.join(l.child(), l.parent());
        return twins;
    }

    static SameTasks none() {
        return new SameTasks();
    }

    private void join(String a, String b) {
        String ra = root(a);
        String rb = root(b);
        if (!ra.equals(rb)) group.put(ra, rb);
    }

    /** The group a task belongs to: the same key for each writing of one task (its own IRI if written once). */
    String group(String iri) {
        return root(iri);
    }

    private String root(String iri) {
        String r = iri;
        while (group.containsKey(r)) r = group.get(r);
        return r;
    }

    /** The candidates with each one's probability raised to the best of its group among them. */
    List<Linker.ScoredCandidate> shareBest(List<Linker.ScoredCandidate> candidates) {
        if (group.isEmpty()) return candidates;
        Map<String, Linker.ScoredCandidate> best = new HashMap<>();
        for (Linker.ScoredCandidate c : candidates) best.merge(root(c.parent().iri()), c, (x, y) -> y.probability() > x.probability() ? y : x);
        List<Linker.ScoredCandidate> shared = new ArrayList<>();
        for (Linker.ScoredCandidate c : candidates) {
            Linker.ScoredCandidate b = best.get(root(c.parent().iri()));
            if (b == c || b.probability() <= c.probability()) shared.add(c);
            else {
                List<String> evidence = new ArrayList<>(c.evidence());
                evidence.add("the same task as " + b.parent().source() + ":" + b.parent().list() + ":" + b.parent().number());
                shared.add(new Linker.ScoredCandidate(c.parent(), c.features(), evidence, b.probability()));
            }
        }
        return shared;
    }
}
