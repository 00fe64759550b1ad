package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.PKG;

class InternalQueriesTest {

    @Test
    void anIriAUnitHadBeforeARuleMergedItStandsForTheUnitsIriNow() {
        Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        var now = m.createResource(PKG.DATA + "unit/420106/发改局");
        now.addProperty(SKOS.prefLabel, "武昌区发改局", "zh");
        m.createResource(PKG.DATA + "unit/420106/发展和改革局").addProperty(OWL.sameAs, now);
        Dataset dataset = DatasetFactory.wrap(m);
        InternalQueries queries = new InternalQueries(dataset);
        assertEquals(now.getURI(), queries.resolve("/id/unit/420106/发展和改革局"));
        assertEquals(now.getURI(), queries.resolve("/id/unit/420106/发改局"));
        assertEquals(PKG.DATA + "unit/420106/未知局", queries.resolve("/id/unit/420106/未知局"));
    }
}
