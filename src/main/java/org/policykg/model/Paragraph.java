package org.policykg.model;

/** A paragraph of a work report's text, numbered in reading order from 1. */
public record Paragraph(int number, String section, String text, Span span, java.util.List<Target> targets, ReportPart part,
                        java.util.List<Commitment> commitments) {

    public Paragraph {
        targets = java.util.List.copyOf(targets);
        commitments = java.util.List.copyOf(commitments);
    }

    /** A paragraph without commitments of its own (outside the year's work). */
    public Paragraph(int number, String section, String text, Span span, java.util.List<Target> targets, ReportPart part) {
        this(number, section, text, span, targets, part, java.util.List.of());
    }

    /** A paragraph whose place in the report's structure is not known. */
    public Paragraph(int number, String section, String text, Span span, java.util.List<Target> targets) {
        this(number, section, text, span, targets, ReportPart.OTHER);
    }
}
