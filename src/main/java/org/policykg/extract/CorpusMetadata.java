package org.policykg.extract;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.policykg.problem.InputRejectedException;
import org.policykg.problem.Problem;

/**
 * The metadata file a corpus comes with (build --metadata FILE.csv): one row per file, with a header
 * naming the columns. The file name column is required; title, region, level and year are used
 * where present, under the names corpora give them (filename / file, title, region / jurisdiction,
 * level / source_level, year / report_year, and their Chinese forms).
 */
public final class CorpusMetadata {

    /** What the metadata says about one file; any field may be null. */
    public record Row(String title, String region, String level, Integer year) {}

    private static final Map<String, List<String>> COLUMNS = Map.of(
            "file", List.of("filename", "file", "file_name", "文件名"),
            "title", List.of("title", "标题", "名称"),
            "region", List.of("region", "jurisdiction", "地区", "辖区"),
            "level", List.of("level", "source_level", "级别", "层级"),
            "year", List.of("year", "report_year", "plan_year", "年份", "年度"));

    private static final CorpusMetadata NONE = new CorpusMetadata(Map.of());

    private final Map<String, Row> byFile;

    private CorpusMetadata(Map<String, Row> byFile) {
        this.byFile = Map.copyOf(byFile);
    }

    /** No metadata: every look-up is empty. */
    public static CorpusMetadata none() {
        return NONE;
    }

    /** Reads a metadata CSV (UTF-8, a BOM allowed); a file that cannot be used is rejected with the reason. */
    public static CorpusMetadata read(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            Map<String, Row> rows = new HashMap<>();
            Iterable<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreSurroundingSpaces(true).get().parse(reader);
            Map<String, String> header = null;
            for (CSVRecord r : records) {
                if (header == null) header = header(r.getParser().getHeaderNames(), csv);
                String file = value(r, header.get("file"));
                if (file == null) continue;
                rows.put(stem(file), new Row(value(r, header.get("title")), value(r, header.get("region")),
                        value(r, header.get("level")), year(value(r, header.get("year")))));
            }
            return new CorpusMetadata(rows);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InputRejectedException(Problem.error(csv.toString(), "cannot read the metadata file: " + e.getMessage(),
                    "give a UTF-8 CSV with a header row and a filename column"));
        }
    }

    /** The row for a file, by its name with or without extension. */
    public Optional<Row> forFile(String fileName) {
        return Optional.ofNullable(byFile.get(stem(fileName)));
    }

    public int size() {
        return byFile.size();
    }

    private static Map<String, String> header(List<String> names, Path csv) {
        Map<String, String> found = new HashMap<>();
        for (String name : names) {
            String key = name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
            COLUMNS.forEach((field, aliases) -> {
                if (aliases.contains(key)) found.putIfAbsent(field, name);
            });
        }
        if (!found.containsKey("file")) {
            throw new IllegalArgumentException("no filename column among " + names);
        }
        return found;
    }

    private static String value(CSVRecord r, String column) {
        if (column == null || !r.isSet(column)) return null;
        String v = r.get(column).strip();
        return v.isEmpty() ? null : v;
    }

    private static Integer year(String v) {
        return v != null && v.matches("\\d{4}年?") ? Integer.valueOf(v.substring(0, 4)) : null;
    }

    private static String stem(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
