package org.policykg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.Quad;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.policykg.rdf.PKG;

class TextEntryFeedTest {

    private static TextIndexLucene index() {
        EntityDefinition entity = new EntityDefinition("uri", "text", PKG.text.asNode());
        entity.setGraphField("graph");
        return new TextIndexLucene(new ByteBuffersDirectory(), new TextIndexConfig(entity));
    }

    private static List<Quad> texts(int n) {
        List<Quad> quads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            quads.add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:t" + i), PKG.text.asNode(),
                    NodeFactory.createLiteralString("新增停车泊位" + i + "个")));
        }
        quads.add(Quad.create(NodeFactory.createURI("urn:g"), NodeFactory.createURI("urn:t"), PKG.child.asNode(), NodeFactory.createURI("urn:p")));
        return quads;
    }

    private static int entries(TextIndexLucene index) {
        return index.getIndexWriter().getDocStats().numDocs;
    }

    @Test
    void awaitReturnsWhenEveryTextOfTheBatchHasItsEntry() {
        TextIndexLucene index = index();
        try (TextEntryFeed feed = new TextEntryFeed(index)) {
            feed.add(texts(100)).await();
            assertEquals(100, entries(index), "one entry per pkg:text quad, none for the link");
        }
    }

    /** An index whose every entry takes a while, so that a cancel meets one on its way. */
    private static final class SlowIndex extends TextIndexLucene {
        final CountDownLatch entered = new CountDownLatch(1);
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger added = new AtomicInteger();

        SlowIndex() {
            super(new ByteBuffersDirectory(), new TextIndexConfig(new EntityDefinition("uri", "text", PKG.text.asNode())));
        }

        @Override
        public void addEntity(Entity entity) {
            inFlight.incrementAndGet();
            entered.countDown();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            super.addEntity(entity);
            added.incrementAndGet();
            inFlight.decrementAndGet();
        }
    }

    @Test
    void cancelReturnsOnlyOnceTheFeedHasStoppedEvenWhenTheWriterIsInterrupted() throws Exception {
        SlowIndex index = new SlowIndex();
        try (TextEntryFeed feed = new TextEntryFeed(index)) {
            TextEntryFeed.Pending pending = feed.add(texts(10));
            index.entered.await();
            Thread.currentThread().interrupt(); // as when a build is stopped while the batch is written
            pending.cancel();
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
            assertEquals(0, index.inFlight.get(), "an entry still being added when cancel() returns would outlive the rollback");
            int atCancel = index.added.get();
            Thread.sleep(700);
            assertEquals(atCancel, index.added.get(), "no entry is added after cancel() returned");
            assertEquals(1, atCancel, "the feed stopped after the entry it was adding");
        }
    }
}
