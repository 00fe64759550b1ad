package org.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.policykg.rdf.PKG;

/**
 * Keeps the Lucene index in step with TDB2 across crashes. jena-text commits TDB2 first and Lucene
 * second, so a process killed between the two leaves a new graph with the old index entries. Every
 * write stamps its graph; a graph whose stamp the index does not hold has its entries rebuilt from
 * the store.
 */
final class TextIndexKeeper {

    private final DatasetGraph tdb;
    private final TextIndexLucene index;

    TextIndexKeeper(DatasetGraph tdb, TextIndexLucene index) {
        this.tdb = tdb;
        this.index = index;
    }

    /**
     * Rebuilds the entries of every graph whose stamp the index lacks (all of them for an index
     * written before graphs were stamped).
     * @return the graphs whose entries were rebuilt
     */
    List<String> repair() {
        if (!indexKnowsGraphs()) return reindexAll();
        List<String> repaired = new ArrayList<>();
        List<String> disagree = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(index.getIndexWriter())) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (String graph : stampedGraphs()) {
                String stored = storedStamp(graph);
                if (stored != null && !stored.equals(indexedStamp(searcher, graph))) disagree.add(graph);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index", e);
        }
        for (String graph : disagree) {
            reindex(graph);
            repaired.add(graph);
        }
        if (!repaired.isEmpty()) index.commit();
        return repaired;
    }

    /** Empties the index and indexes every graph again from the store. */
    List<String> reindexAll() {
        try {
            index.getIndexWriter().deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot empty the text index", e);
        }
        List<String> graphs = tdb.calculateRead(() -> {
            List<String> names = new ArrayList<>();
            tdb.listGraphNodes().forEachRemaining(g -> {
                if (g.isURI()) names.add(g.getURI());
            });
            return names;
        });
        for (String graph : graphs) add(graph);
        index.commit();
        return graphs;
    }

    /** Whether the index holds the stamp the store holds for {@code graph}. */
    boolean agrees(String graph) {
        String stored = storedStamp(graph);
        return stored == null || stored.equals(indexedStamp(graph));
    }

    private void reindex(String graph) {
        try {
            index.getIndexWriter().deleteDocuments(new Term(TextIndexSetup.GRAPH_FIELD, graph));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the text index", e);
        }
        add(graph);
    }

    private void add(String graph) {
        EntityDefinition definition = index.getDocDef();
        Node g = NodeFactory.createURI(graph);
        tdb.executeRead(() -> tdb.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> addEntity(definition, q)));
    }

    private void addEntity(EntityDefinition definition, Quad q) {
        Entity entity = TextQueryFuncs.entityFromQuad(definition, q);
        if (entity != null) index.addEntity(entity);
    }

    private List<String> stampedGraphs() {
        return tdb.calculateRead(() -> {
            List<String> graphs = new ArrayList<>();
            tdb.find(Node.ANY, Node.ANY, PKG.indexStamp.asNode(), Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject())) graphs.add(q.getGraph().getURI());
            });
            return graphs;
        });
    }

    private String storedStamp(String graph) {
        Node g = NodeFactory.createURI(graph);
        return tdb.calculateRead(() -> {
            var it = tdb.find(g, g, PKG.indexStamp.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }

    private String indexedStamp(String graph) {
        try (DirectoryReader reader = DirectoryReader.open(index.getIndexWriter())) {
            return indexedStamp(new IndexSearcher(reader), graph);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index", e);
        }
    }

    /** The stamp the index holds for a graph: the entry whose graph and subject are the graph. */
    private String indexedStamp(IndexSearcher searcher, String graph) throws IOException {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(TextIndexSetup.GRAPH_FIELD, graph)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(index.getDocDef().getEntityField(), graph)), BooleanClause.Occur.FILTER)
                .build();
        for (ScoreDoc hit : searcher.search(query, 16).scoreDocs) {
            String stamp = searcher.storedFields().document(hit.doc).get(TextIndexSetup.STAMP_FIELD);
            if (stamp != null) return stamp;
        }
        return null;
    }

    /** An index written before graphs were recorded in it has no graph field: it can only be rebuilt whole. */
    private boolean indexKnowsGraphs() {
        IndexWriter writer = index.getIndexWriter();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            return reader.numDocs() == 0 || MultiTerms.getTerms(reader, TextIndexSetup.GRAPH_FIELD) != null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the text index", e);
        }
    }

    /** Lucene drops deleted entries only when it merges; after a compaction the index should shrink too. */
    void compact() {
        try {
            index.getIndexWriter().forceMergeDeletes(true);
            index.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact the text index", e);
        }
    }

    static Quad stamp(Node graph, String value) {
        return Quad.create(graph, graph, PKG.indexStamp.asNode(), NodeFactory.createLiteralString(value));
    }
}
