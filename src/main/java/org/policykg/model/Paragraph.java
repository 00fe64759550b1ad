package org.policykg.model;

/** A paragraph of a work report's text, numbered in reading order from 1. */
public record Paragraph(int number, String section, String text, Span span, java.util.List<Target> targets) {

    public Paragraph {
        targets = java.util.List.copyOf(targets);
    }
}
