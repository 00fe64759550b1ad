package org.policykg.model;

/**
 * A main expected target stated without a number (居民收入增长和经济增长同步, 完成国家下达的节能减排任务):
 * kept as written, with the indicator it speaks of where the thesaurus knows it (else null).
 */
public record QualitativeTarget(IndicatorConcept indicator, String statement, Span span) {}
