package org.policykg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;
import org.policykg.model.UnitKind;
import org.policykg.model.UnitRef;

/**
 * A new fold rule is simulated by resolving the same written names to other keys in a second build
 * that starts from the registry the first one stored.
 */
class UnitIriRegistryTest {

    private static final Jurisdiction WUCHANG = new Jurisdiction("420106", "武昌区", Level.DISTRICT, "420100");
    private static final String BASE = PKG.DATA + "unit/420106/";

    private static UnitRef unit(String key) {
        return new UnitRef(WUCHANG, key, "武昌区" + key, UnitKind.GOVERNMENT_DEPARTMENT, List.of(), List.of());
    }

    /** The registry as a later build reads it back from the store. */
    private static UnitIriRegistry stored(UnitIriRegistry registry) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        registry.writeRegistry(StreamRDFLib.dataset(dsg));
        registry.writeRedirects(StreamRDFLib.dataset(dsg));
        return UnitIriRegistry.of(dsg.getGraph(NodeFactory.createURI(UnitIriRegistry.GRAPH)),
                dsg.getGraph(NodeFactory.createURI(UnitIriRegistry.REDIRECTS)));
    }

    @Test
    void aNewUnitIsNamedByItsKeyAndKeepsThatIriOnTheNextBuild() {
        UnitIriRegistry first = UnitIriRegistry.empty();
        assertEquals(BASE + "发改局", first.iri(unit("发改局"), "区发改局"));
        UnitIriRegistry second = stored(first);
        assertEquals(BASE + "发改局", second.iri(unit("发改局"), "区发改局"));
        assertTrue(first.changed());
        assertFalse(second.changed(), "nothing new: the store's registry stays as it is");
    }

    @Test
    void aRuleThatFoldsTwoKnownUnitsKeepsTheFirstIriAndRedirectsTheOther() {
        UnitIriRegistry first = UnitIriRegistry.empty();
        String bureau = first.iri(unit("发改局"), "区发改局");
        String commission = first.iri(unit("发展和改革局"), "区发展和改革局");
        assertNotEquals(bureau, commission);
        // the new rule folds 发展和改革局 into 发改委: both names now have that key, which no build has seen
        UnitIriRegistry second = stored(first);
        assertEquals(bureau, second.iri(unit("发改委"), "区发改局"), "the IRI the first name had");
        assertEquals(bureau, second.iri(unit("发改委"), "区发展和改革局"), "one unit, one IRI");
        assertEquals(Map.of(commission, bureau), second.redirects());
        assertTrue(second.changed());
        // and a third build, from what the second stored, gives the same IRIs and keeps the redirect
        UnitIriRegistry third = stored(second);
        assertEquals(bureau, third.iri(unit("发改委"), "区发展和改革局"));
        assertEquals(bureau, third.iri(unit("发改委"), "区发改局"));
        assertEquals(Map.of(commission, bureau), third.redirects());
    }

    @Test
    void aRuleThatSplitsAUnitKeepsTheIriForOneAndMintsOneForTheOther() {
        UnitIriRegistry first = UnitIriRegistry.empty();
        String both = first.iri(unit("建设局"), "区建设局");
        assertEquals(both, first.iri(unit("建设局"), "区城建局"));
        UnitIriRegistry second = stored(first);
        assertEquals(both, second.iri(unit("建设局"), "区建设局"));
        assertEquals(BASE + "城建局", second.iri(unit("城建局"), "区城建局"), "a key of its own: its own IRI");
        assertEquals(Map.of(), second.redirects(), "both IRIs are claimed: nothing to redirect");
        // met the other way round, the name that moved keeps the IRI (one pass cannot know the old key
        // still has units), and the key gets a new one: still two units, two IRIs
        UnitIriRegistry other = stored(first);
        assertEquals(both, other.iri(unit("城建局"), "区城建局"));
        assertEquals(both + "-2", other.iri(unit("建设局"), "区建设局"));
        assertEquals(Map.of(), other.redirects());
    }

    @Test
    void anIriAnotherKeyClaimedIsNotGivenAgain() {
        UnitIriRegistry first = UnitIriRegistry.empty();
        String old = first.iri(unit("城建局"), "区城建局");
        // the new rule gives 区城建局 the key 建设局, and a later text writes the key 城建局 again
        UnitIriRegistry second = stored(first);
        assertEquals(old, second.iri(unit("建设局"), "区城建局"));
        assertEquals(old + "-2", second.iri(unit("城建局"), "城建局"));
    }

    @Test
    void writtenNamesAreComparedAfterNfkcAndWhiteSpaceOnly() {
        assertEquals("区发改局2", UnitIriRegistry.normalise("区 发改局２"));
        UnitIriRegistry first = UnitIriRegistry.empty();
        String iri = first.iri(unit("发改局"), "区发改局２");
        assertEquals(iri, stored(first).iri(unit("发展改革局"), "区 发改局2"));
    }
}
