package org.policykg.serve;

import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * The served store: Fuseki over the store's text-indexed dataset (the one {@code Tdb2Store.open}
 * builds, so the index definition is the build's), read-only — SPARQL query at {@code /kg/sparql},
 * Graph Store reads at {@code /kg/get}, no update and no Graph Store writes — with a query
 * timeout, no CORS, bound to one host (loopback unless told otherwise), and the explorer beside it.
 */
public final class KgServer implements AutoCloseable {

    public static final String DATASET = "/kg";

    private final FusekiServer fuseki;

    private KgServer(FusekiServer fuseki) {
        this.fuseki = fuseki;
    }

    /** Builds and starts the server; port 0 takes a free port. */
    public static KgServer start(Dataset store, Gallery gallery, ServeSettings settings) {
        // Fuseki and the explorer's own queries both read the timeout from the dataset's context; a
        // wrapper with a copy of the store's context (text index, union default graph) carries it,
        // so the store's own context is left as it was.
        Dataset dataset = DatasetFactory.wrap(new DatasetGraphWrapper(store.asDatasetGraph(), store.getContext().copy()));
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeoutMillis()));
        DataService service = DataService.newBuilder(dataset.asDatasetGraph())
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.GSP_R, "get")
                .build();
        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .enableCors(false, null)
                .enablePing(false).enableStats(false).enableMetrics(false).enableTasks(false).enableCompact(false)
                .verbose(false)
                .add(DATASET, service);
        new Explorer(dataset, gallery, settings).register(builder);
        FusekiServer fuseki = builder.build();
        bind(fuseki, settings.host());
        try {
            return new KgServer(fuseki.start());
        } catch (org.apache.jena.fuseki.FusekiException e) {
            if (!(e.getCause() instanceof java.io.IOException)) throw e;
            // Jetty's bind failure: the port is taken (another server, or a serve still running)
            throw new IllegalStateException("cannot listen on " + settings.host() + ":" + settings.port() + " ("
                    + e.getCause().getMessage() + "): stop the program using that port or choose another with --port");
        }
    }

    /** Fuseki binds to every interface or to "localhost"; this binds the connector to exactly one host. */
    private static void bind(FusekiServer fuseki, String host) {
        for (Connector c : fuseki.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) sc.setHost(host);
        }
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The hosts the server listens on, as Jetty reports them. */
    public List<String> hosts() {
        return java.util.Arrays.stream(fuseki.getJettyServer().getConnectors())
                .filter(ServerConnector.class::isInstance)
                .map(c -> ((ServerConnector) c).getHost())
                .toList();
    }

    /** Waits until the server stops or the waiting thread is interrupted (which is how a caller stops it). */
    public void join() {
        try {
            fuseki.join();
        } catch (org.apache.jena.fuseki.FusekiException e) {
            // the interrupt is the request to stop, consumed here so that closing the server can wait for Jetty
            if (!(e.getCause() instanceof InterruptedException)) throw e;
        }
    }

    @Override
    public void close() {
        fuseki.stop();
    }
}
