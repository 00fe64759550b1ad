package org.policykg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;
import org.policykg.model.UnitKind;
import org.policykg.model.UnitRef;
import org.policykg.rdf.UnitIriRegistry;
import org.policykg.store.Tdb2Store;

class StoredUnitIrisTest {

    private static final Jurisdiction HUANGSHI = new Jurisdiction("420200", "黄石市", Level.CITY, "420000");

    private static UnitRef unit(String key) {
        return new UnitRef(HUANGSHI, key, "黄石市" + key, UnitKind.GOVERNMENT_DEPARTMENT, List.of(), List.of());
    }

    @Test
    void theStoreKeepsTheRegistryAndItsRedirectsBetweenBuilds(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir.resolve("store"))) {
            UnitIriRegistry first = StoredUnitIris.load(store);
            String bureau = first.iri(unit("发改局"), "市发改局");
            String commission = first.iri(unit("发展和改革委员会"), "市发展和改革委员会");
            StoredUnitIris.save(store, first);
            // a new rule folds both names to 发改委
            UnitIriRegistry second = StoredUnitIris.load(store);
            assertEquals(bureau, second.iri(unit("发改委"), "市发改局"));
            assertEquals(bureau, second.iri(unit("发改委"), "市发展和改革委员会"));
            StoredUnitIris.save(store, second);
            UnitIriRegistry third = StoredUnitIris.load(store);
            assertEquals(bureau, third.iri(unit("发改委"), "市发展和改革委员会"));
            assertFalse(third.changed());
            assertEquals(Map.of(commission, bureau), sameAs(store));
        }
    }

    private static Map<String, String> sameAs(Tdb2Store store) {
        return store.dataset().calculateRead(() -> {
            Map<String, String> found = new java.util.TreeMap<>();
            store.dataset().getNamedModel(UnitIriRegistry.REDIRECTS).listStatements(null, org.apache.jena.vocabulary.OWL.sameAs, (org.apache.jena.rdf.model.RDFNode) null)
                    .forEachRemaining(s -> found.put(s.getSubject().getURI(), s.getResource().getURI()));
            return found;
        });
    }
}
