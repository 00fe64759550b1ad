package org.policykg.export;

/**
 * An edge of an exported graph: what joins the two nodes ({@code kind}: responsible, implements,
 * inJurisdiction, target, contributesTo, sameTask, sharesTasks), a unit's {@code role}, a link's
 * {@code score}, and a {@code weight} (shared tasks in the unit network, else 1). A class, not a
 * record: JGraphT tells parallel edges apart by identity.
 */
public final class ExportEdge {

    private final String kind;
    private final String role;
    private final Double score;
    private final int weight;

    public ExportEdge(String kind, String role, Double score, int weight) {
        this.kind = kind;
        this.role = role;
        this.score = score;
        this.weight = weight;
    }

    public String kind() { return kind; }

    public String role() { return role; }

    public Double score() { return score; }

    public int weight() { return weight; }

    /** The label shown on the edge: the role, else the kind. */
    public String label() {
        return role == null || role.isEmpty() ? kind : role;
    }
}
