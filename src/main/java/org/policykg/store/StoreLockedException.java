package org.policykg.store;

import java.nio.file.Path;

/** The store is in use by another process; TDB2 allows one process at a time. */
public class StoreLockedException extends StoreException {

    /** @param holder the process that holds it, or null when unknown */
    public StoreLockedException(Path location, String holder, Throwable cause) {
        super("the store " + location + " is in use by another process" + (holder == null ? "" : " (" + holder + ")") + "; TDB2 lets one process open a store at a time: "
                + "wait for it to finish (reads take seconds, a build minutes), or give another store with --store DIR", cause);
    }
}
