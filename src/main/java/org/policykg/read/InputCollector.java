package org.policykg.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.policykg.problem.Problem;

/**
 * Expands the inputs (files and folders, recursively) into the documents to read, in a stable
 * order. An input that cannot be read (missing, a folder we may not list, a pipe) is one problem;
 * the others are still collected.
 */
public final class InputCollector {

    private final Consumer<String> skipped;
    private final Path excluded;
    private final Consumer<Problem> failed;

    /** @param skipped told one line for every file that is not a document this tool reads */
    public InputCollector(Consumer<String> skipped) {
        this(skipped, null);
    }

    /** As {@link #InputCollector(Consumer, Path, Consumer)}, stopping at the first input that cannot be read. */
    public InputCollector(Consumer<String> skipped, Path excluded) {
        this(skipped, excluded, problem -> {
            throw new IllegalArgumentException(problem.file() + ": " + problem.message());
        });
    }

    /**
     * @param excluded a folder never to read from, such as the store when it lies inside an input
     *     folder; hidden folders (.git) are never read either
     * @param failed told one problem for every input that cannot be read
     */
    public InputCollector(Consumer<String> skipped, Path excluded, Consumer<Problem> failed) {
        this.skipped = skipped;
        this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
        this.failed = failed;
    }

    public List<Path> collect(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(walk(input).stream().filter(this::accept).toList());
            } else if (Files.isRegularFile(input)) {
                files.add(input); // named on the command line: always read, and a failure if it is no document
            } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                fail(input, "is not a file or folder (a pipe, socket or device)", "give the files or folders of the documents");
            } else {
                fail(input, "no such file or folder", "check the path");
            }
        }
        return files;
    }

    private List<Path> walk(Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && ignored(folder, dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (ignored(folder, file)) return FileVisitResult.CONTINUE;
                    if (Files.isRegularFile(file)) {
                        files.add(file);
                    } else if (!Files.isDirectory(file)) {
                        fail(file, "is not a file or folder (a pipe, socket or device)", "remove it from the input folder");
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    fail(file, "cannot be read: " + reason(e), "check that it exists and that you may read it");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            fail(folder, "cannot be listed: " + reason(e), "check that you may read it");
        }
        files.sort(null);
        return files;
    }

    private void fail(Path input, String message, String hint) {
        failed.accept(Problem.error(input.toString(), message, hint));
    }

    /** What went wrong, in words, not exception class names. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        String m = e.getMessage();
        return m == null || m.isBlank() ? "an I/O error" : m;
    }

    private boolean ignored(Path root, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        if (excluded != null && abs.startsWith(excluded)) return true;
        Path relative = root.relativize(file);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    private boolean accept(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (DocumentFormats.isDocument(name)) return true;
        skipped.accept(file + ": skipped (policykg reads " + DocumentFormats.readList() + " files)");
        return false;
    }
}
