package org.policykg.store;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/** The store's folder as files: copies, removal, and plain reasons for failures. */
public final class StoreFiles {

    private StoreFiles() {}

    /** A copy of a store in a temporary folder, without its lock file (the copy is ours alone). */
    static Path copyToTemp(Path store) {
        try {
            Path target = Files.createTempDirectory("policykg-readonly");
            copy(store, target);
            return target;
        } catch (IOException e) {
            throw new StoreException("the store " + store + " is read-only and cannot be copied to read it: " + reason(e), e);
        }
    }

    /** Copies a closed store's folder to {@code target}, leaving out its lock file (the copy has no owner yet). */
    public static void copy(Path store, Path target) throws IOException {
        Files.walkFileTree(store, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(store.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (!file.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(file, target.resolve(store.relativize(file).toString()));
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Removes a folder and what it holds, as far as it can: a temporary folder left behind is harmless. */
    public static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** The innermost message of a failure, without exception class names. */
    static String reason(Throwable e) {
        String reason = "an I/O error";
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (t instanceof java.nio.file.AccessDeniedException) return "permission denied on " + m;
            if (t instanceof java.nio.file.NoSuchFileException) return "no such file " + m;
            if (m != null && !m.isBlank()) reason = m;
        }
        return reason.strip();
    }
}
