package org.policykg.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store} option, shared by every command that opens the store. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder / 数据库目录 (default: store/ in the project folder)")
    Path store;

    Path path() {
        return store != null ? store : Defaults.store();
    }
}
