package org.policykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writing the store failed for a reason outside the data (a full disk, an I/O error); the write
 * transaction was aborted, so the store holds what it held before. Stops a build: the next
 * document would fail the same way.
 */
public final class StoreWriteException extends StoreException {

    /** Below this the disk counts as full: TDB2 grows its files in blocks of megabytes. */
    private static final long NEARLY_FULL = 64L << 20;

    private StoreWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether a failure inside a write transaction came from the disk rather than the data. */
    static boolean isIoFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // A write to a memory-mapped file on a full disk surfaces as this InternalError.
            if (t instanceof InternalError) return true;
            if (t instanceof IOException || t instanceof java.io.UncheckedIOException) return true;
            if (t instanceof org.apache.jena.atlas.RuntimeIOException) return true;
        }
        return false;
    }

    static StoreWriteException of(Path location, Throwable e) {
        String what = "the last document was not stored; the store is intact";
        if (diskFull(location, e)) {
            return new StoreWriteException("the disk holding " + location + " is full: " + what
                    + " (free some space, then run 'policykg compact' and build again)", e);
        }
        return new StoreWriteException("cannot write the store " + location + ": " + StoreFiles.reason(e) + ": " + what
                + " (check the disk and the folder's permissions, then build again)", e);
    }

    private static boolean diskFull(Path location, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains("No space left on device")) return true;
        }
        try {
            return Files.getFileStore(location).getUsableSpace() < NEARLY_FULL;
        } catch (IOException | RuntimeException ignored) {
            return false;
        }
    }
}
