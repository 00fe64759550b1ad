package org.policykg.model;

import java.math.BigDecimal;

/**
 * A numeric commitment: {@code indicator} counted, {@code value} normalised (1.2万 → 12000; for a
 * range its lower bound, {@code upper} its upper), the unit as a QUDT IRI or else the measure word as
 * written, how the value binds, what kind of number it is, and whether the text only aspires to it
 * (力争). A goal-level target is one of a report's main expected targets (主要预期目标).
 * {@code sentence} is the sentence it came from and {@code span} that sentence's place in the file.
 * {@code concept} is the thesaurus indicator it measures (地区生产总值 for 全市生产总值), or null.
 */
public record Target(
        String indicator,
        String asWritten,
        BigDecimal value,
        BigDecimal upper,
        String unitIri,
        String measureWord,
        Comparator comparator,
        TargetKind kind,
        boolean aspired,
        boolean goalLevel,
        String sentence,
        Span span,
        IndicatorConcept concept) {

    /** A target whose indicator the thesaurus does not place. */
    public Target(String indicator, String asWritten, BigDecimal value, BigDecimal upper, String unitIri, String measureWord,
                  Comparator comparator, TargetKind kind, boolean aspired, boolean goalLevel, String sentence, Span span) {
        this(indicator, asWritten, value, upper, unitIri, measureWord, comparator, kind, aspired, goalLevel, sentence, span, null);
    }

    /** The same target as one of a report's main expected targets. */
    public Target asGoal() {
        return new Target(indicator, asWritten, value, upper, unitIri, measureWord, comparator, kind, aspired, true, sentence, span, concept);
    }
}
