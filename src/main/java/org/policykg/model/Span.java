package org.policykg.model;

/** Where a piece of text stands in its source file: 1-based line, 0-based character offsets. */
public record Span(int line, int start, int end) {}
