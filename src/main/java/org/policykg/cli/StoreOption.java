package org.policykg.cli;

import java.nio.file.Path;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Option;

/** The {@code --store} option, shared by every command that opens the store. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder / 数据库目录 (default: store/ in the project folder)")
    Path store;

    Path path() {
        return store != null ? store : Defaults.store();
    }

    /** Opens an existing store for a read command; only build creates one. */
    Tdb2Store open() {
        return open(Tdb2Store.Mode.READ);
    }

    Tdb2Store open(Tdb2Store.Mode mode) {
        return Tdb2Store.open(path(), mode);
    }
}
