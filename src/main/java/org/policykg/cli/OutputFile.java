package org.policykg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written beside its target under a temporary name and moved into place only by
 * {@link #commit()}: a command that fails half-way leaves no output and a previous file as it was.
 */
final class OutputFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private boolean committed;

    private OutputFile(Path target, Path temp) throws IOException {
        this.target = target;
        this.temp = temp;
        this.out = new BufferedOutputStream(Files.newOutputStream(temp));
    }

    /**
     * Starts writing {@code target}. @throws IllegalArgumentException (a usage error) when the target
     * is a folder or its folder does not exist
     */
    static OutputFile create(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            throw new org.policykg.problem.InvalidArgumentException("-o " + target + " is a folder: give a file name (e.g. " + target.resolve("out.graphml") + ")");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new org.policykg.problem.InvalidArgumentException("-o " + target + ": the folder " + folder + " does not exist");
        }
        try {
            return new OutputFile(absolute, Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".part"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + folder + " (" + ErrorMessages.reason(e) + ")", e);
        }
    }

    OutputStream stream() {
        return out;
    }

    /** Moves the written file into place, replacing any previous one. */
    void commit() {
        try {
            out.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + " (" + ErrorMessages.reason(e) + ")", e);
        }
    }

    /** Without a commit, drops the temporary file. */
    @Override
    public void close() {
        if (committed) return;
        try {
            out.close();
        } catch (IOException e) {
            // the file is dropped anyway
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a leftover .part file is harmless and named for what it is
        }
    }
}
