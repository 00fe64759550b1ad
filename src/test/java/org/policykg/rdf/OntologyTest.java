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
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;

/** Every term the data uses — predicates, classes, concepts — is declared with zh and en labels. */
class OntologyTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel(Path.of("ontology/policykg.ttl").toString());

    private static boolean labelled(Resource term, String lang) {
        return ONTOLOGY.listObjectsOfProperty(term, RDFS.label).toList().stream()
                .anyMatch(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()));
    }

    @Test
    void everyTermUsedInTheSeedDataIsDeclaredWithChineseAndEnglishLabels() {
        Set<String> terms = new TreeSet<>();
        var store = SeedStore.get();
        store.dataset().executeRead(() -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getGraph().getURI().equals(PKG.ONTOLOGY_GRAPH)) return;
            terms.add(q.getPredicate().getURI());
            Node o = q.getObject();
            boolean vocabularyObject = o.isURI() && !o.getURI().startsWith(PKG.DATA);
            if (vocabularyObject) terms.add(o.getURI());
        }));
        List<String> missing = new ArrayList<>();
        for (String term : terms) {
            Resource r = ONTOLOGY.createResource(term);
            if (!labelled(r, "zh") || !labelled(r, "en")) missing.add(term);
        }
        assertEquals(List.of(), missing);
        assertTrue(terms.size() > 40, "the data uses " + terms.size() + " terms");
    }

    @Test
    void ownTermsHaveCommentsInBothLanguages() {
        List<String> missing = new ArrayList<>();
        ONTOLOGY.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(PKG.NS)) {
                boolean zh = ONTOLOGY.listObjectsOfProperty(s, RDFS.comment).toList().stream().anyMatch(o -> "zh".equals(o.asLiteral().getLanguage()));
                boolean en = ONTOLOGY.listObjectsOfProperty(s, RDFS.comment).toList().stream().anyMatch(o -> "en".equals(o.asLiteral().getLanguage()));
                if (!zh || !en) missing.add(s.getURI());
            }
        });
        assertEquals(List.of(), missing);
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
