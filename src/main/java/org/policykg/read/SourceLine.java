package org.policykg.read;

/**
 * One line of a document's text as read: its 1-based line number in the file (for HTML, the line
 * of the block element that produced it), its character offset in the decoded text, and the text.
 */
public record SourceLine(int number, int offset, String text) {}
