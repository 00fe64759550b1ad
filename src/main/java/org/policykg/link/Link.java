package org.policykg.link;

/**
 * A link from {@code child} to {@code parent} (IRIs). {@code score} is null for links that are
 * stated or certain; {@code rank} is 1 for the child's best candidate of that kind. An inferred
 * candidate that does not reach the threshold is kept, with its score, but not {@code accepted}.
 */
public record Link(LinkKind kind, String child, String parent, Double score, int rank, String evidence, boolean accepted) {

    public Link(LinkKind kind, String child, String parent, Double score, int rank, String evidence) {
        this(kind, child, parent, score, rank, evidence, true);
    }
}
