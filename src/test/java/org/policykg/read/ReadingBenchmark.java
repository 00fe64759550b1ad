package org.policykg.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reading time per MB of each format (BENCHMARKS.md): the fixture notice with its task rows written
 * many times, as text, HTML, .docx, .xlsx, .xls and PDF, plus every file of the folders given as
 * arguments, grouped by extension (the corpus's .docx reports, say). Each group is read once to
 * warm up, then five times; the figure is the mean of the five.
 * Run: {@code java -cp target/test-classes:target/classes:CLASSPATH org.policykg.read.ReadingBenchmark [FOLDER…]}.
 */
public final class ReadingBenchmark {

    private static final int RUNS = 5;

    public static void main(String[] args) throws IOException {
        // The fixture's rows written again and again pack more than 100:1, which the zip-bomb guard
        // (ReadLimits) refuses in real use; the guard is lowered here for them alone.
        DocumentReader reader = new DocumentReader();
        org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
        NoticeFixture notice = new NoticeFixture(Integer.getInteger("times", 500));
        Map<String, List<SourceFile>> groups = new LinkedHashMap<>();
        groups.put("fixture .txt", List.of(file("n.txt", notice.txt())));
        groups.put("fixture .html", List.of(file("n.html", notice.html.getBytes(StandardCharsets.UTF_8))));
        groups.put("fixture .docx", List.of(file("n.docx", notice.docx())));
        groups.put("fixture .xlsx", List.of(file("n.xlsx", notice.xlsx())));
        groups.put("fixture .xls", List.of(file("n.xls", notice.xls())));
        groups.put("fixture .pdf", List.of(file("n.pdf", notice.pdf())));
        for (String folder : args) {
            try (Stream<Path> paths = Files.list(Path.of(folder))) {
                for (Path p : paths.sorted().toList()) {
                    String name = p.getFileName().toString();
                    String ext = name.substring(name.lastIndexOf('.')).toLowerCase(Locale.ROOT);
                    groups.computeIfAbsent(Path.of(folder).getFileName() + " " + ext, k -> new ArrayList<>()).add(new DocumentReader().load(p));
                }
            }
        }
        System.out.println("| input | files | MB | lines | ms per read | ms per MB |");
        System.out.println("| --- | --- | --- | --- | --- | --- |");
        for (Map.Entry<String, List<SourceFile>> group : groups.entrySet()) {
            long bytes = group.getValue().stream().mapToLong(f -> f.bytes().length).sum();
            int lines = readAll(reader, group.getValue());
            long start = System.nanoTime();
            for (int i = 0; i < RUNS; i++) readAll(reader, group.getValue());
            double ms = (System.nanoTime() - start) / 1e6 / RUNS;
            double mb = bytes / 1024.0 / 1024.0;
            System.out.printf(Locale.ROOT, "| %s | %d | %.2f | %d | %.0f | %.0f |%n", group.getKey(), group.getValue().size(), mb, lines, ms, ms / mb);
        }
    }

    private static int readAll(DocumentReader reader, List<SourceFile> files) {
        int lines = 0;
        for (SourceFile f : files) lines += reader.lines(f).size();
        return lines;
    }

    private static SourceFile file(String name, byte[] bytes) {
        return new SourceFile(Path.of(name), name, bytes, "0");
    }
}
