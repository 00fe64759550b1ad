package org.policykg.link;

/**
 * The links the linker infers. A link a document states (001's 附件2 lists Wuhan's tasks with the
 * Wuchang units that carry them) is written by the mapper as the document says, not inferred here.
 */
public enum LinkKind {
    /** The same task of the same report, written in two places. */
    SAME_TASK("sameTask"),
    /** A task whose text is taken from a paragraph of its parent report. */
    DERIVED_FROM("derivedFrom"),
    /** Inferred: a lower-level task that contributes to a higher-level task of its own chain. */
    CONTRIBUTES_TO("contribution");

    private final String localName;

    LinkKind(String localName) { this.localName = localName; }

    public String localName() { return localName; }
}
