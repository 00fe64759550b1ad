package org.policykg.model;

/** A paragraph of a work report's text, numbered in reading order from 1. */
public record Paragraph(int number, String section, String text, Span span, java.util.List<Target> targets, ReportPart part) {

    public Paragraph {
        targets = java.util.List.copyOf(targets);
    }

    /** A paragraph whose place in the report's structure is not known. */
    public Paragraph(int number, String section, String text, Span span, java.util.List<Target> targets) {
        this(number, section, text, span, targets, ReportPart.OTHER);
    }
}
