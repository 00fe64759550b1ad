package org.policykg.model;

import java.time.LocalDate;

/**
 * A time phrase of a task, resolved: {@code start} and {@code end} bound the interval (equal for
 * an instant such as 年底前); both are null when the wording is open-ended (持续推进, 常态化).
 * {@code governs} is what the sentence says is due then (仓储物流区), where it says it.
 */
public record Deadline(String phrase, String governs, LocalDate start, LocalDate end, boolean openEnded, Span span) {}
