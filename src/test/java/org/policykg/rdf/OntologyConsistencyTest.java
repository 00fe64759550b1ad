package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.reasoner.Reasoner;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.reasoner.ValidityReport;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.NoticeCorpusStore;
import org.policykg.store.Tdb2Store;

/**
 * Issue 17: Jena's OWL Micro reasoner, given the ontology, the vocabularies it imports and a built
 * store, finds no contradiction, on the seeds and on the notices of the whole country; and the data
 * stays within the domains and ranges the vocabularies declare.
 */
class OntologyConsistencyTest {

    private static final Path FIXTURES = Path.of("src/test/resources/ontology");

    /** The vocabularies, bound once: the reasoner prepares them, then each data set is checked against them. */
    private static Model vocabulary;
    private static Reasoner reasoner;
    private static Model corpus;

    @BeforeAll
    static void setUp() {
        vocabulary = Vocabularies.load();
        reasoner = ReasonerRegistry.getOWLMicroReasoner().bindSchema(vocabulary);
        corpus = union(NoticeCorpusStore.get());
    }

    private static Model union(Tdb2Store store) {
        return store.dataset().calculateRead(() -> ModelFactory.createDefaultModel()
                .add(ModelFactory.createModelForGraph(store.dataset().asDatasetGraph().getUnionGraph())));
    }

    /** The reasoner's errors (its warnings are about the imports' own metadata, see imports/README.md). */
    private static List<String> errors(Reasoner r, Model data) {
        InfModel inf = ModelFactory.createInfModel(r, data);
        ValidityReport report = inf.validate();
        List<String> errors = new ArrayList<>();
        for (Iterator<ValidityReport.Report> it = report.getReports(); it.hasNext(); ) {
            ValidityReport.Report e = it.next();
            if (e.isError()) errors.add(e.toString());
        }
        assertEquals(errors.isEmpty(), report.isValid(), "the report's errors decide its validity");
        return errors;
    }

    @Test
    void theSeedsAreConsistentWithTheOntologyAndItsImports() {
        Model seeds = union(SeedStore.get());
        assertTrue(seeds.size() > 30_000, "seed graph of " + seeds.size() + " triples");
        assertEquals(List.of(), errors(reasoner, seeds));
    }

    @Test
    void theNoticesOfTheWholeCountryAreConsistentWithTheOntologyAndItsImports() {
        assertTrue(corpus.size() > 10_000, "corpus graph of " + corpus.size() + " triples");
        assertEquals(List.of(), errors(reasoner, corpus));
    }

    /** The contradiction of issue 17: a task that is a prov:Activity and has a source document (so a prov:Entity). */
    @Test
    void theOldModelOfTasksIsReportedInconsistent() {
        Model old = RDFDataMgr.loadModel(FIXTURES.resolve("task-as-activity.ttl").toString());
        Reasoner plain = ReasonerRegistry.getOWLMicroReasoner().bindSchema(Vocabularies.imported("prov.ttl"));
        List<String> errors = errors(plain, old);
        assertFalse(errors.isEmpty(), "the old model was found consistent");
        assertTrue(errors.get(0).contains("Activity") && errors.get(0).contains("Entity"), errors.get(0));
    }

    @Test
    void theSeedDataStaysInTheDomainsAndRangesOfItsProperties() {
        assertEquals(List.of(), new DomainRangeCheck(vocabulary).offences(union(SeedStore.get()).getGraph()));
    }

    @Test
    void theCorpusDataStaysInTheDomainsAndRangesOfItsProperties() {
        assertEquals(List.of(), new DomainRangeCheck(vocabulary).offences(corpus.getGraph()));
    }

    @Test
    void theDomainAndRangeCheckNamesEachOffence() {
        Model bad = RDFDataMgr.loadModel(FIXTURES.resolve("domain-range-offences.ttl").toString());
        List<String> offences = new DomainRangeCheck(vocabulary).offences(bad.getGraph());
        String all = String.join("\n", offences);
        assertEquals(4, offences.size(), all);
        assertTrue(all.contains("ontology#taskNumber> subject not in its domain <https://w3id.org/policykg/ontology#Task>"), all);
        assertTrue(all.contains("ontology#ordinal> object not in its range <http://www.w3.org/2001/XMLSchema#integer>"), all);
        assertTrue(all.contains("ontology#goalTarget> subject not in its domain (a class expression)"), all);
        assertTrue(all.contains("<http://qudt.org/schema/qudt/unit> is declared by no vocabulary"), all);
    }
}
