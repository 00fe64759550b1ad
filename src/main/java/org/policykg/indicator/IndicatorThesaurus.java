package org.policykg.indicator;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.policykg.model.IndicatorConcept;
import org.policykg.rdf.PKG;

/**
 * The thesaurus of indicators ({@code indicators.ttl}, SKOS): which indicator a phrase names, by the
 * longest preferred or alternative label it contains. Loaded once, immutable; the extractor places
 * targets with it and the link stage can compare indicators with it.
 */
public final class IndicatorThesaurus {

    private static final String RESOURCE = "indicators.ttl";

    /** Label → concept, labels longest first so the most specific name wins. */
    private final Map<String, IndicatorConcept> byLabel;
    private final List<IndicatorConcept> concepts;

    private IndicatorThesaurus(Map<String, IndicatorConcept> byLabel, List<IndicatorConcept> concepts) {
        this.byLabel = byLabel;
        this.concepts = List.copyOf(concepts);
    }

    /** Loads the thesaurus shipped with policykg. */
    public static IndicatorThesaurus load() {
        try (InputStream in = IndicatorThesaurus.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("indicator thesaurus missing: " + RESOURCE);
            Model m = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
            Map<String, IndicatorConcept> byLabel = new TreeMap<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
            List<IndicatorConcept> concepts = new ArrayList<>();
            for (Resource c : m.listResourcesWithProperty(RDF.type, SKOS.Concept).toList()) {
                IndicatorConcept concept = new IndicatorConcept(c.getURI(), zh(c, SKOS.prefLabel).get(0),
                        c.hasLiteral(m.createProperty(PKG.NS, "lowerIsBetter"), true));
                concepts.add(concept);
                for (String label : zh(c, SKOS.prefLabel)) byLabel.putIfAbsent(label, concept);
                for (String label : zh(c, SKOS.altLabel)) byLabel.putIfAbsent(label, concept);
            }
            concepts.sort(Comparator.comparing(IndicatorConcept::iri));
            return new IndicatorThesaurus(byLabel, concepts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the indicator thesaurus", e);
        }
    }

    /** The indicator whose longest label the phrase contains. */
    public Optional<IndicatorConcept> match(String phrase) {
        if (phrase == null || phrase.isEmpty()) return Optional.empty();
        return byLabel.entrySet().stream().filter(e -> phrase.contains(e.getKey())).map(Map.Entry::getValue).findFirst();
    }

    /**
     * The indicator a clause names closest before {@code end} (the number): in 地区生产总值增长5%、
     * 一般公共预算收入增长3% the second number counts revenue. Longer labels win at the same place.
     */
    public Optional<IndicatorConcept> matchBefore(String clause, int end) {
        IndicatorConcept best = null;
        int bestEnd = -1;
        for (Map.Entry<String, IndicatorConcept> e : byLabel.entrySet()) {
            int at = clause.lastIndexOf(e.getKey(), end - e.getKey().length());
            if (at >= 0 && at + e.getKey().length() > bestEnd) {
                bestEnd = at + e.getKey().length();
                best = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The indicator named first in a clause (its subject: 居民收入 in 居民收入增长和经济增长同步). */
    public Optional<IndicatorConcept> matchFirst(String clause) {
        IndicatorConcept best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Map.Entry<String, IndicatorConcept> e : byLabel.entrySet()) {
            int at = clause.indexOf(e.getKey());
            if (at >= 0 && at < bestStart) {
                bestStart = at;
                best = e.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    public List<IndicatorConcept> concepts() {
        return concepts;
    }

    private static List<String> zh(Resource c, org.apache.jena.rdf.model.Property p) {
        return c.listProperties(p).toList().stream().map(Statement::getLiteral)
                .filter(l -> l.getLanguage().equals("zh")).map(l -> l.getLexicalForm()).toList();
    }
}
