package org.policykg.store;

/** A problem with the store itself (missing, locked, unwritable, disk full), told in one line a user can act on. */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
