package org.policykg.model;

/**
 * One unit named in a task's unit clause. {@code position} is its 1-based order in the task;
 * {@code nameAsWritten} is the name exactly as the document writes it; {@code level} is the
 * 省级/市级/区级 qualifier of the clause, or null.
 */
public record Responsibility(Role role, Level level, int position, String nameAsWritten, UnitRef unit) {}
