package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;
import org.policykg.rdf.PKG;

class QuadIndexWriterTest {

    private static final Node G = NodeFactory.createURI("https://example.org/g");

    /** The seeds' quads, a repeated quad and one decimal written two ways (TDB2 keeps both forms). */
    private static List<Quad> quads() {
        DatasetGraph seeds = SeedStore.get().dataset().asDatasetGraph();
        List<Quad> quads = new ArrayList<>(seeds.calculateRead(() -> Iter.toList(seeds.find())));
        assertTrue(quads.size() > 10_000, "the seeds hold " + quads.size() + " quads");
        Quad once = Quad.create(G, G, PKG.sha256.asNode(), NodeFactory.createLiteralString("x"));
        quads.add(once);
        quads.add(once);
        quads.add(Quad.create(G, G, PKG.upperValue.asNode(), NodeFactory.createLiteralDT("61", XSDDatatype.XSDdecimal)));
        quads.add(Quad.create(G, G, PKG.upperValue.asNode(), NodeFactory.createLiteralDT("61.0", XSDDatatype.XSDdecimal)));
        return quads;
    }

    @Test
    void indexByIndexStoresWhatTdb2sOwnAddStoresInEveryIndex() {
        List<Quad> quads = quads();
        DatasetGraph own = DatabaseMgr.createDatasetGraph();
        DatasetGraph byIndex = DatabaseMgr.createDatasetGraph();
        own.executeWrite(() -> quads.forEach(own::add));
        byIndex.executeWrite(() -> QuadIndexWriter.add(byIndex, quads));

        List<List<Tuple<NodeId>>> expected = own.calculateRead(() -> indexes(own));
        List<List<Tuple<NodeId>>> actual = byIndex.calculateRead(() -> indexes(byIndex));
        assertEquals(6, expected.size());
        // node ids are allocated in the same order (each quad's g, s, p, o), so the keys are equal too
        for (int i = 0; i < expected.size(); i++) assertEquals(expected.get(i), actual.get(i), "index " + i);
        assertEquals(quads.size() - 1, expected.get(0).size()); // the repeated quad is one key
        assertEquals(own.calculateRead(() -> Iter.toSet(own.find())), byIndex.calculateRead(() -> Iter.toSet(byIndex.find())));
    }

    @Test
    void anAbortTakesBackEveryIndex() {
        List<Quad> quads = quads();
        DatasetGraph store = DatabaseMgr.createDatasetGraph();
        store.begin(org.apache.jena.query.TxnType.WRITE);
        QuadIndexWriter.add(store, quads);
        store.abort();
        store.end();
        assertEquals(List.of(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()), store.calculateRead(() -> indexes(store)));
    }

    private static List<List<Tuple<NodeId>>> indexes(DatasetGraph dsg) {
        List<List<Tuple<NodeId>>> all = new ArrayList<>();
        for (TupleIndex index : TDBInternal.getDatasetGraphTDB(dsg).getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
            all.add(Iter.toList(index.all()));
        }
        return all;
    }
}
