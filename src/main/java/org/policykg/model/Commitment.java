package org.policykg.model;

/**
 * A commitment of a work report: a sentence of the year's work with a target or an action
 * (加快建设…, 新增学位2万个). Stored as a task of the report, so that decomposition notices writing
 * the same text for the same report name the same report task.
 */
public record Commitment(String text, Span span) {}
