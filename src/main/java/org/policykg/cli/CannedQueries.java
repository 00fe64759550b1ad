package org.policykg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.policykg.problem.DidYouMean;
import org.policykg.problem.InvalidArgumentException;
import org.policykg.query.QueryHeader;

/** The canned queries of the project's queries/ folder, found by name. */
final class CannedQueries {

    private CannedQueries() {}

    static Path folder() {
        return Defaults.home().resolve("queries");
    }

    /** A path as given when it is a file; else the canned query of that name (unit-workload → queries/unit-workload.rq). */
    static Path resolve(String nameOrFile) {
        Path asFile = Path.of(nameOrFile);
        if (Files.isRegularFile(asFile)) return asFile;
        Path canned = folder().resolve(nameOrFile.endsWith(".rq") ? nameOrFile : nameOrFile + ".rq");
        if (Files.isRegularFile(canned)) return canned;
        if (!Files.isDirectory(folder())) {
            throw new InvalidArgumentException("no query file " + nameOrFile + ", and no queries/ folder in " + Defaults.home()
                    + " to find canned queries in (run the tool as ./policykg in the project folder, or give a .rq file)");
        }
        List<String> names = all().stream().map(Entry::name).toList();
        throw new InvalidArgumentException("no query file " + nameOrFile + " and no canned query of that name"
                + DidYouMean.hint(nameOrFile.replaceFirst("\\.rq$", ""), names) + " (see 'policykg queries')");
    }

    record Entry(String name, QueryHeader header) {}

    static List<Entry> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(p -> p.toString().endsWith(".rq")).sorted()
                    .map(p -> new Entry(p.getFileName().toString().replaceFirst("\\.rq$", ""), QueryHeader.parse(read(p))))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder(), e);
        }
    }

    /** The text of a query file; a file that is not UTF-8 text is named in the error. */
    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidArgumentException(p + ": not a SPARQL query (the file is not UTF-8 text)");
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": cannot read it (" + ErrorMessages.reason(e) + ")", e);
        }
    }
}
