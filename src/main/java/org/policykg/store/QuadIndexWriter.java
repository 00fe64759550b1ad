package org.policykg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds many named-graph quads to TDB2 index by index, inside the caller's write transaction (so an
 * abort still takes all of it back). TDB2's own add puts each quad in all six quad indexes in turn,
 * so consecutive inserts land on unrelated B+tree pages of each index; here the node ids are
 * allocated once, then each index gets the whole batch sorted in its own key order, so consecutive
 * inserts go down the same path to the same pages, as tdb2.tdbloader's phased loader does
 * (BENCHMARKS.md, "Load beside tdb2.tdbloader"). The stored quads are the same either way
 * ({@code QuadIndexWriterTest}).
 */
final class QuadIndexWriter {

    private QuadIndexWriter() {}

    /** Adds {@code quads} (each in a named graph) to the TDB2 dataset {@code tdb}, in its current write transaction. */
    static void add(DatasetGraph tdb, List<Quad> quads) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        NodeTupleTable table = storage.getQuadTable().getNodeTupleTable();
        Row[] rows = rows(table.getNodeTable(), quads);
        TupleIndex[] indexes = table.getTupleTable().getIndexes();
        if (indexes.length == 0 || rows.length == 0) return;
        Row[] distinct = distinct(rows, slots(indexes[0].getMapping()));
        for (TupleIndex index : indexes) {
            int[] slots = slots(index.getMapping());
            Arrays.sort(distinct, order(slots));
            for (Row row : distinct) index.add(TupleFactory.create(row.ids));
        }
    }

    /** A quad as its node ids (g, s, p, o) and their on-disk 64-bit forms, which order the index keys. */
    private record Row(NodeId[] ids, long[] keys) {}

    private static Row[] rows(NodeTable nodes, List<Quad> quads) {
        Row[] rows = new Row[quads.size()];
        byte[] bytes = new byte[NodeId.SIZE];
        for (int i = 0; i < rows.length; i++) {
            Quad q = quads.get(i);
            if (q.isDefaultGraph()) throw new IllegalArgumentException("a quad outside a named graph: " + q);
            NodeId[] ids = {nodes.getAllocateNodeId(q.getGraph()), nodes.getAllocateNodeId(q.getSubject()),
                nodes.getAllocateNodeId(q.getPredicate()), nodes.getAllocateNodeId(q.getObject())};
            long[] keys = new long[ids.length];
            for (int j = 0; j < ids.length; j++) {
                NodeIdFactory.set(ids[j], bytes);
                keys[j] = org.apache.jena.atlas.lib.Bytes.getLong(bytes, 0);
            }
            rows[i] = new Row(ids, keys);
        }
        return rows;
    }

    /**
     * The rows once each: equal quads, and quads whose nodes TDB2 stores as one value (61 and 61.0
     * as xsd:decimal), would otherwise be a duplicate key that TDB2's own add ignores.
     */
    private static Row[] distinct(Row[] rows, int[] slots) {
        Arrays.sort(rows, order(slots));
        List<Row> distinct = new ArrayList<>(rows.length);
        for (Row row : rows) {
            if (distinct.isEmpty() || !Arrays.equals(distinct.get(distinct.size() - 1).keys, row.keys)) distinct.add(row);
        }
        return distinct.toArray(Row[]::new);
    }

    /** For each key position of an index, the slot of (g, s, p, o) that goes there. */
    private static int[] slots(TupleMap map) {
        int[] slots = new int[map.length()];
        for (int i = 0; i < slots.length; i++) slots[i] = map.getSlotIdx(i); // as TDB2's TupleLib.record lays out a key
        return slots;
    }

    /** The order of an index's keys: B+tree records compare as unsigned bytes, big-endian. */
    private static Comparator<Row> order(int[] slots) {
        return (a, b) -> {
            for (int slot : slots) {
                int c = Long.compareUnsigned(a.keys[slot], b.keys[slot]);
                if (c != 0) return c;
            }
            return 0;
        };
    }
}
