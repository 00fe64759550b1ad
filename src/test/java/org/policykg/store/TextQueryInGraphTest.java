package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.rdf.PKG;

/**
 * text:query in the union default graph and inside GRAPH, as {@code policykg query} runs it on the
 * store's dataset: inside GRAPH jena-text adds a clause on the graph field, which has to be parsed
 * as the one term it was indexed as (written by a build, by a re-index, and read after reopening).
 */
class TextQueryInGraphTest {

    private static final String A = "https://example.org/doc/a";
    private static final String B = "https://example.org/doc/b";
    private static final String PREFIXES = "PREFIX text: <http://jena.apache.org/text#>\nPREFIX pkg: <" + PKG.NS + ">\n";

    private static void write(Tdb2Store store, String graph, String text) {
        Node g = NodeFactory.createURI(graph);
        store.replaceGraph(graph, sink -> sink.quad(Quad.create(g, NodeFactory.createURI(graph + "/task/1"), PKG.text.asNode(),
                NodeFactory.createLiteralString(text))));
    }

    private static List<String> select(Tdb2Store store, String where) {
        List<String> rows = new ArrayList<>();
        store.dataset().executeRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(PREFIXES + "SELECT ?x WHERE { " + where + " } ORDER BY ?x").build()) {
                qe.execSelect().forEachRemaining(s -> rows.add(s.get("x").toString()));
            }
        });
        return rows;
    }

    private static void check(Tdb2Store store) {
        assertEquals(List.of(A + "/task/1"), select(store, "?x text:query (pkg:text \"停车泊位\" 20)"));
        assertEquals(List.of(A), select(store, "GRAPH ?x { ?t text:query (pkg:text \"停车泊位\" 20) ; pkg:text ?s }"));
        assertEquals(List.of(A + "/task/1"), select(store, "GRAPH <" + A + "> { ?x text:query (pkg:text \"停车泊位\" 20) }"));
        assertEquals(List.of(), select(store, "GRAPH <" + B + "> { ?x text:query (pkg:text \"停车泊位\" 20) }"));
    }

    @Test
    void textQueryWorksInTheDefaultGraphAndInsideGraph(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            write(store, A, "增加停车泊位供给");
            write(store, B, "完善公共交通");
            check(store);
            store.reindex();
            check(store);
        }
        try (Tdb2Store store = Tdb2Store.open(dir, Tdb2Store.Mode.READ)) {
            check(store);
        }
    }
}
