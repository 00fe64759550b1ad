package org.policykg.model;

/**
 * An indicator of the thesaurus (地区生产总值, 城镇调查失业率): its IRI, preferred label, and whether a
 * lower figure is the better one (a ceiling: 失业率, 居民消费价格涨幅, 能耗).
 */
public record IndicatorConcept(String iri, String prefLabel, boolean lowerIsBetter) {}
