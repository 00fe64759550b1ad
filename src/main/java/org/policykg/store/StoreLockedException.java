package org.policykg.store;

import java.nio.file.Path;

/** The store is in use by another process; TDB2 allows one process at a time. */
public class StoreLockedException extends RuntimeException {

    public StoreLockedException(Path location, Throwable cause) {
        super("the store " + location + " is in use by another process (a running policykg build, query or Fuseki server). "
                + "Wait for it to finish, or give another store with --store DIR.", cause);
    }
}
