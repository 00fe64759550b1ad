package org.policykg.model;

/** Where a paragraph of a work report stands in the report's structure. */
public enum ReportPart {
    /** The review of the past year (or term): what was achieved (地区生产总值增长6.1%). */
    REVIEW("review"),
    /** The year's main expected targets (主要预期目标). */
    EXPECTED_TARGETS("expectedTargets"),
    /** The year's work, in sections and paragraphs: the commitments. */
    WORK("work"),
    /** Opening, closing and anything the report's headings do not place. */
    OTHER("otherPart");

    private final String localName;

    ReportPart(String localName) { this.localName = localName; }

    public String localName() { return localName; }
}
