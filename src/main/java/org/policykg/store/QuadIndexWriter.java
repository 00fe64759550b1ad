package org.policykg.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.atlas.lib.Bytes;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.atlas.lib.tuple.TupleFactory;
import org.apache.jena.atlas.lib.tuple.TupleMap;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.apache.jena.dboe.index.RangeIndex;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Adds many named-graph quads to TDB2 index by index, inside the caller's write transaction (so an
 * abort still takes all of it back). TDB2's own add puts each quad in all six quad indexes in turn,
 * so consecutive inserts land on unrelated B+tree pages of each index; here the node ids are
 * allocated once, then each index gets the whole batch sorted in its own key order, so consecutive
 * inserts go down the same path to the same pages (tdb2.tdbloader's phased loader also fills one
 * index at a time, but outside one transaction; BENCHMARKS.md, "Load beside tdb2.tdbloader"). The
 * stored keys are the same either way ({@code QuadIndexWriterTest}). The batch's rows are held
 * as 4 longs each: a build's batch stops growing at its quad budget ({@code BuildOptions.batchQuads}).
 */
final class QuadIndexWriter {

    private QuadIndexWriter() {}

    /** Adds {@code quads} (each in a named graph) to the TDB2 dataset {@code tdb}, in its current write transaction. */
    static void add(DatasetGraph tdb, List<Quad> quads) {
        DatasetGraphTDB storage = TDBInternal.getDatasetGraphTDB(tdb);
        NodeTupleTable table = storage.getQuadTable().getNodeTupleTable();
        long[][] rows = rows(table.getNodeTable(), quads);
        TupleIndex[] indexes = table.getTupleTable().getIndexes();
        if (indexes.length == 0 || rows.length == 0) return;
        long[][] distinct = distinct(rows, slots(indexes[0].getMapping()));
        for (TupleIndex index : indexes) {
            int[] slots = slots(index.getMapping());
            Arrays.sort(distinct, order(slots));
            if (index instanceof TupleIndexRecord records) insert(records.getRangeIndex(), distinct, slots);
            else for (long[] row : distinct) index.add(tuple(row));
        }
    }

    /**
     * Inserts the rows as the B+tree's records, laid out as TDB2's {@code TupleLib.record} lays out a
     * tuple's key, from the on-disk forms already at hand (no NodeId encoded again per index).
     */
    private static void insert(RangeIndex index, long[][] rows, int[] slots) {
        RecordFactory records = index.getRecordFactory();
        for (long[] row : rows) {
            byte[] key = new byte[slots.length * NodeId.SIZE];
            for (int i = 0; i < slots.length; i++) Bytes.setLong(row[slots[i]], key, i * NodeId.SIZE);
            index.insert(records.create(key));
        }
    }

    private static Tuple<NodeId> tuple(long[] row) {
        byte[] bytes = new byte[NodeId.SIZE];
        NodeId[] ids = new NodeId[row.length];
        for (int i = 0; i < row.length; i++) {
            Bytes.setLong(row[i], bytes, 0);
            ids[i] = NodeIdFactory.get(bytes);
        }
        return TupleFactory.create(ids);
    }

    /** Each quad as the on-disk 64-bit forms of its node ids (g, s, p, o), which order the index keys. */
    private static long[][] rows(NodeTable nodes, List<Quad> quads) {
        long[][] rows = new long[quads.size()][];
        byte[] bytes = new byte[NodeId.SIZE];
        for (int i = 0; i < rows.length; i++) {
            Quad q = quads.get(i);
            if (q.isDefaultGraph()) throw new IllegalArgumentException("a quad outside a named graph: " + q);
            Node[] nodes4 = {q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()};
            long[] row = new long[nodes4.length];
            for (int j = 0; j < row.length; j++) {
                NodeIdFactory.set(nodes.getAllocateNodeId(nodes4[j]), bytes);
                row[j] = Bytes.getLong(bytes, 0);
            }
            rows[i] = row;
        }
        return rows;
    }

    /**
     * The rows once each: equal quads, and quads whose nodes TDB2 stores as one value (61 and 61.0
     * as xsd:decimal), would otherwise be a duplicate key that TDB2's own add ignores.
     */
    private static long[][] distinct(long[][] rows, int[] slots) {
        Arrays.sort(rows, order(slots));
        List<long[]> distinct = new ArrayList<>(rows.length);
        for (long[] row : rows) {
            if (distinct.isEmpty() || !Arrays.equals(distinct.get(distinct.size() - 1), row)) distinct.add(row);
        }
        return distinct.toArray(long[][]::new);
    }

    /** For each key position of an index, the slot of (g, s, p, o) that goes there. */
    private static int[] slots(TupleMap map) {
        int[] slots = new int[map.length()];
        for (int i = 0; i < slots.length; i++) slots[i] = map.getSlotIdx(i); // as TDB2's TupleLib.record lays out a key
        return slots;
    }

    /** The order of an index's keys: B+tree records compare as unsigned bytes, big-endian. */
    private static Comparator<long[]> order(int[] slots) {
        return (a, b) -> {
            for (int slot : slots) {
                int c = Long.compareUnsigned(a[slot], b[slot]);
                if (c != 0) return c;
            }
            return 0;
        };
    }
}
