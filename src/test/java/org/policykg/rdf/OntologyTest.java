package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;

/**
 * Every term the data uses — predicates, classes, concepts — is declared: policykg's own with zh and en
 * labels and comments (concepts with SKOS preferred labels, definitions and notations), the others by the
 * vocabularies the ontology imports, which it uses as they are and does not relabel.
 */
class OntologyTest {

    private static final Model ONTOLOGY = Vocabularies.ontology();
    private static final Model IMPORTED = Vocabularies.load();

    private static boolean labelled(Resource term, Property property, String lang) {
        return ONTOLOGY.listObjectsOfProperty(term, property).toList().stream()
                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()));
    }

    private static boolean isConcept(Resource term) {
        return ONTOLOGY.contains(term, RDF.type, SKOS.Concept) || ONTOLOGY.contains(term, RDF.type, SKOS.ConceptScheme);
    }

    @Test
    void everyTermUsedInTheSeedDataIsDeclared() {
        Set<String> terms = new TreeSet<>();
        var store = SeedStore.get();
        store.dataset().executeRead(() -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getGraph().getURI().equals(PKG.ONTOLOGY_GRAPH)) return;
            terms.add(q.getPredicate().getURI());
            Node o = q.getObject();
            // QUDT's units are individuals of its unit vocabulary, which is not imported (MeasureUnits lists those used)
            boolean vocabularyObject = o.isURI() && !o.getURI().startsWith(PKG.DATA) && !q.getPredicate().equals(QUDT.hasUnit.asNode());
            if (vocabularyObject) terms.add(o.getURI());
        }));
        List<String> missing = new ArrayList<>();
        for (String term : terms) {
            Resource r = ONTOLOGY.createResource(term);
            boolean own = term.startsWith(PKG.NS) || term.startsWith(PKG.CONCEPTS);
            Property label = isConcept(r) ? SKOS.prefLabel : RDFS.label;
            boolean declared = own ? labelled(r, label, "zh") && labelled(r, label, "en")
                    : IMPORTED.contains(IMPORTED.createResource(term), RDF.type) || term.startsWith(RDF.getURI()) || term.startsWith(RDFS.getURI());
            if (!declared) missing.add(term);
        }
        assertEquals(List.of(), missing);
        assertTrue(terms.size() > 40, "the data uses " + terms.size() + " terms");
    }

    @Test
    void theOntologyLabelsNoTermOfAnotherVocabulary() {
        List<String> relabelled = ONTOLOGY.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null)
                .andThen(ONTOLOGY.listStatements(null, SKOS.prefLabel, (org.apache.jena.rdf.model.RDFNode) null)).toList().stream()
                .map(st -> st.getSubject()).filter(s -> s.isURIResource() && !s.getURI().startsWith(PKG.NS) && !s.getURI().startsWith(PKG.CONCEPTS) && !s.getURI().startsWith(PKG.ONTOLOGY_GRAPH))
                .map(Resource::getURI).distinct().toList();
        assertEquals(List.of(), relabelled);
    }

    @Test
    void ownTermsHaveCommentsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        ONTOLOGY.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && (s.getURI().startsWith(PKG.NS) || s.getURI().startsWith(PKG.CONCEPTS))) {
                Property comment = isConcept(s) ? SKOS.definition : RDFS.comment;
                if (!labelled(s, comment, "zh") || !labelled(s, comment, "en")) missing.add(s.getURI());
            }
        });
        assertEquals(List.of(), missing);
    }

    /**
     * Queries select concepts by notation, which is the concept's local name (pkgc:lead is "lead");
     * concepts have a namespace of their own, so none shadows a class (pkgc:collective, pkg:Collective).
     */
    @Test
    void everyConceptIsATopConceptOfItsSchemeWithItsLocalNameAsNotation() {
        List<String> wrong = new ArrayList<>();
        List<Resource> concepts = ONTOLOGY.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList();
        for (Resource c : concepts) {
            Resource scheme = c.getPropertyResourceValue(SKOS.inScheme);
            boolean top = scheme != null && c.hasProperty(SKOS.topConceptOf, scheme) && ONTOLOGY.contains(scheme, RDF.type, SKOS.ConceptScheme);
            boolean notation = c.hasLiteral(SKOS.notation, c.getLocalName());
            boolean ownNamespace = c.getURI().startsWith(PKG.CONCEPTS);
            if (!top || !notation || !ownNamespace || c.hasProperty(RDFS.label)) wrong.add(c.getURI());
        }
        assertEquals(List.of(), wrong);
        assertEquals(37, concepts.size());
        assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource(PKG.CONCEPTS + "lead"), SKOS.notation, "lead"));
        assertTrue(ONTOLOGY.contains(ONTOLOGY.createResource(PKG.CONCEPTS + "data-provider"), SKOS.notation, "data-provider"));
    }

    @Test
    void theOntologyHasAVersionIriALicenceAndImportsWhatItExtends() {
        Resource ontology = ONTOLOGY.createResource(PKG.ONTOLOGY_GRAPH);
        assertTrue(ontology.hasProperty(OWL2.versionIRI), "version IRI");
        assertTrue(ontology.hasProperty(DCTerms.license), "licence");
        Set<String> imports = new TreeSet<>();
        ontology.listProperties(OWL.imports).forEachRemaining(st -> imports.add(st.getResource().getURI()));
        assertEquals(Set.of("http://www.w3.org/ns/prov#", "http://www.w3.org/ns/org#", "http://www.w3.org/2006/time",
                "http://qudt.org/3.1.0/schema/qudt", "http://www.w3.org/2004/02/skos/core", "http://xmlns.com/foaf/0.1/",
                "http://purl.org/dc/terms/"), imports);
    }

    @Test
    void theVocabularyClassDeclaresOnlyTermsOfTheOntology() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        for (var field : PKG.class.getFields()) {
            if (field.get(null) instanceof Resource r) {
                boolean declared = ONTOLOGY.contains(r, RDF.type, OWL.Class) || ONTOLOGY.contains(r, RDF.type, OWL.ObjectProperty)
                        || ONTOLOGY.contains(r, RDF.type, OWL.DatatypeProperty) || ONTOLOGY.contains(r, RDF.type,
                        ONTOLOGY.createResource("http://www.w3.org/2004/02/skos/core#ConceptScheme"));
                if (!declared) undeclared.add(r.getURI());
            }
        }
        assertEquals(List.of(), undeclared);
    }
}
