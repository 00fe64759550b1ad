package org.policykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;
import org.policykg.pipeline.BuildPipeline;
import org.policykg.problem.ProblemLog;
import org.policykg.rdf.Iris;
import org.policykg.store.Tdb2Store;

/** An interrupted link stage leaves the previous links whole; links never outlive the tasks they join. */
class LinkStageTransactionTest {

    private static final Path FIXTURES = Path.of("src/test/resources/store");

    private static Set<String> linkQuads(Tdb2Store store) {
        Set<String> quads = new TreeSet<>();
        store.dataset().executeRead(() -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
            if (q.getGraph().getURI().startsWith(Iris.linkGraph(""))) quads.add(NodeFmtLib.strNQ(q));
        }));
        return quads;
    }

    /** Passes a few quads on, then fails, as a kill or a full disk would half-way through the writes. */
    private static final class FailingAfter extends StreamRDFWrapper {
        private int left;

        FailingAfter(StreamRDF other, int left) {
            super(other);
            this.left = left;
        }

        @Override
        public void quad(Quad quad) {
            if (left-- == 0) throw new IllegalStateException("forced failure in the link stage");
            super.quad(quad);
        }
    }

    @Test
    void aLinkStageThatFailsHalfWayLeavesThePreviousLinksWhole(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            new BuildPipeline(SeedStore.GAZETTEER).build(List.of(FIXTURES), store, new ProblemLog(), false, line -> {});
            Set<String> before = linkQuads(store);
            assertTrue(before.stream().anyMatch(q -> q.contains("contributesTo")), "the fixtures link: " + before.size());

            // The failing sink wraps each kind's writer: the first kinds' graphs are written before the last one fails.
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> new LinkStage(SeedStore.GAZETTEER, out -> new FailingAfter(out, 5)).run(store));
            assertEquals("forced failure in the link stage", e.getMessage());
            assertEquals(before, linkQuads(store));
        }
    }

    @Test
    void replacingADocumentDropsTheLinksToItsTasksInTheSameTransaction(@TempDir Path dir) {
        try (Tdb2Store store = Tdb2Store.open(dir)) {
            new BuildPipeline(SeedStore.GAZETTEER).build(List.of(FIXTURES), store, new ProblemLog(), false, line -> {});
            String city = Iris.document("city-notice.txt");
            assertTrue(linkQuads(store).stream().anyMatch(q -> q.contains("/doc/city-notice.txt/list/1/task/1>")));

            // The document's new version has no tasks, and no link stage runs after it (a build killed there).
            store.replaceGraph(city, sink -> sink.quad(Quad.create(org.apache.jena.graph.NodeFactory.createURI(city),
                    org.apache.jena.graph.NodeFactory.createURI(city), org.policykg.rdf.PKG.fileName.asNode(),
                    org.apache.jena.graph.NodeFactory.createLiteralString("city-notice.txt"))));
            Set<String> after = linkQuads(store);
            assertTrue(after.stream().noneMatch(q -> q.contains("/doc/city-notice.txt/")), String.join("\n", after));
            assertTrue(after.stream().noneMatch(q -> q.contains("contributesTo")));
        }
    }
}
