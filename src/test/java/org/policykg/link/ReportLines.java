package org.policykg.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The lines of the work reports the counting tools read: every {@code .txt} file under the folders, in name order. */
final class ReportLines {

    private ReportLines() {}

    static List<String> of(String... folders) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String folder : folders) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(folder))) {
                files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path f : files) lines.addAll(Files.readAllLines(f));
        }
        return lines;
    }
}
