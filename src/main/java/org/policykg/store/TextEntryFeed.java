package org.policykg.store;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.Quad;

/**
 * Adds the text-index entries of a batch's quads on a thread of its own while the writer's thread
 * fills TDB2's indexes: Lucene's analysis was a tenth of the writer's time (BENCHMARKS.md). The
 * entries are what jena-text adds for each quad written through the text-indexed dataset; the
 * caller waits for them inside its write transaction, so the store's commit (TDB2, then Lucene)
 * or abort covers them as before.
 */
final class TextEntryFeed implements AutoCloseable {

    private final TextIndexLucene index;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "policykg-text-index");
        t.setDaemon(true);
        return t;
    });

    TextEntryFeed(TextIndexLucene index) {
        this.index = index;
    }

    /** Entries being added; {@link Pending#await()} before the transaction ends. */
    Pending add(List<Quad> quads) {
        AtomicBoolean stop = new AtomicBoolean();
        EntityDefinition definition = index.getDocDef();
        Future<?> done = thread.submit(() -> {
            for (Quad q : quads) {
                if (stop.get()) return;
                Entity entity = TextQueryFuncs.entityFromQuad(definition, q);
                if (entity != null) index.addEntity(entity);
            }
        });
        return new Pending(done, stop);
    }

    /** A batch's entries on their way. */
    static final class Pending {
        private final Future<?> done;
        private final AtomicBoolean stop;

        private Pending(Future<?> done, AtomicBoolean stop) {
            this.done = done;
            this.stop = stop;
        }

        /** Waits for every entry; a failure to add one is thrown here, so the transaction aborts. */
        void await() {
            try {
                done.get();
            } catch (InterruptedException e) {
                cancel(); // the abort that follows must find the feed stopped, not still adding
                Thread.currentThread().interrupt();
                throw new StoreException("interrupted while writing the text index");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        }

        /**
         * Stops adding (the transaction aborts) and waits until the feed has stopped, even if this
         * thread is interrupted meanwhile, so nothing is added after the rollback.
         */
        void cancel() {
            stop.set(true);
            boolean interrupted = Thread.interrupted();
            while (!done.isDone()) {
                try {
                    done.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    // the write failed anyway; its own failure is the one reported
                }
            }
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
