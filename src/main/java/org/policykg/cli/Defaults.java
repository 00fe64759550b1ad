package org.policykg.cli;

import java.nio.file.Path;

/**
 * Where the defaults live: the project folder, which the launcher passes as {@code policykg.home}
 * (else the working directory). The store and the seeds are found there wherever the tool is run from.
 */
final class Defaults {

    private Defaults() {}

    static Path home() {
        return Path.of(System.getProperty("policykg.home", ".")).toAbsolutePath().normalize();
    }

    static Path store() {
        return home().resolve("store");
    }

    static Path seeds() {
        return home().resolve("seeds");
    }
}
