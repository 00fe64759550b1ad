package org.policykg.serve;

import java.nio.file.Path;
import org.policykg.SeedStore;

/** One server over the seed store for the serve tests, started on a free loopback port once per run. */
final class ServedStore {

    /** Short, so the timeout test is quick; every other query of the tests takes well under it. */
    static final long TIMEOUT_MILLIS = 5000;
    static final int ROW_CAP = 50;

    private static KgServer server;

    private ServedStore() {}

    static synchronized KgServer get() {
        if (server == null) {
            server = KgServer.start(SeedStore.get().dataset(), Gallery.load(Path.of("queries")),
                    new ServeSettings(ServeSettings.LOOPBACK, 0, TIMEOUT_MILLIS, ROW_CAP));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    static String base() {
        return "http://127.0.0.1:" + get().port();
    }
}
