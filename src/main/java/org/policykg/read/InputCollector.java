package org.policykg.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Expands the inputs (files and folders, recursively) into the documents to read, in a stable order. */
public final class InputCollector {

    private final Consumer<String> skipped;
    private final Path excluded;

    /** @param skipped told one line for every file that is not a document this tool reads */
    public InputCollector(Consumer<String> skipped) {
        this(skipped, null);
    }

    /**
     * @param excluded a folder never to read from, such as the store when it lies inside an input
     *     folder; hidden folders (.git) are never read either
     */
    public InputCollector(Consumer<String> skipped, Path excluded) {
        this.skipped = skipped;
        this.excluded = excluded == null ? null : excluded.toAbsolutePath().normalize();
    }

    public List<Path> collect(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(walk(input).stream().filter(this::accept).toList());
            } else if (Files.isRegularFile(input)) {
                files.add(input); // named on the command line: always read, and a failure if it is no document
            } else {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
        }
        return files;
    }

    private List<Path> walk(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).filter(p -> !ignored(folder, p)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
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
