package org.policykg.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.policykg.query.QueryHeader;

/** The canned queries the explorer offers, by name, each with its header and text. */
public final class Gallery {

    public record Entry(String name, QueryHeader header, String sparql) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    /** The {@code .rq} files of a folder (the project's queries/), by file name without the extension. */
    public static Gallery load(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Entry> entries = new java.util.ArrayList<>();
            for (Path p : files.filter(f -> f.toString().endsWith(".rq")).sorted().toList()) {
                String sparql = Files.readString(p, StandardCharsets.UTF_8);
                entries.add(new Entry(p.getFileName().toString().replaceFirst("\\.rq$", ""), QueryHeader.parse(sparql), sparql));
            }
            return new Gallery(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the canned queries in " + folder, e);
        }
    }

    public Gallery(List<Entry> entries) {
        entries.forEach(e -> this.entries.put(e.name(), e));
    }

    public List<Entry> all() {
        return List.copyOf(entries.values());
    }

    public Optional<Entry> get(String name) {
        return Optional.ofNullable(entries.get(name));
    }
}
