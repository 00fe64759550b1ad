package org.policykg.trace;

import java.util.ArrayList;
import java.util.List;

/**
 * One task of a cascade: where it stands, whose plan it is, what it says, who answers for it and
 * with which numbers, and the link that joins it to the node above it (none for the top).
 */
public record CascadeNode(
        String iri,
        String id,
        String level,
        String jurisdiction,
        String text,
        List<String> leads,
        List<String> others,
        List<String> targets,
        String linkKind,
        Double score,
        List<CascadeNode> children) {

    /** The same task, joined to the node above it by a link of {@code kind} and {@code linkScore}. */
    public CascadeNode withLink(String kind, Double linkScore) {
        return new CascadeNode(iri, id, level, jurisdiction, text, leads, others, targets, kind, linkScore, children);
    }
}
