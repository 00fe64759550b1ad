package org.policykg.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;

/**
 * China's administrative divisions (GB/T 2260), shipped as resources: provinces, prefecture-level
 * cities, county-level areas and their streets. Codes are six digits for the first three levels
 * (420000, 420200, 420204) and nine for streets (420204006). Above the provinces stands the national
 * level (国务院 / 全国), code {@link Jurisdiction#NATIONAL_CODE}; {@code extra-areas.csv} adds the
 * county-level functional areas GB/T 2260 does not list (大鹏新区), with codes of policykg's own.
 */
public final class Gazetteer {

    /** City-level rows that are groupings, not places with a name texts use. */
    private static final List<String> PLACEHOLDER_NAMES = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    /** The name of the national level, whose code is {@link Jurisdiction#NATIONAL_CODE}. */
    public static final String NATIONAL_NAME = "中华人民共和国";

    private final Map<String, Jurisdiction> byCode = new LinkedHashMap<>();
    private final Map<String, List<Jurisdiction>> children = new HashMap<>();

    private Gazetteer() {}

    /** Loads the gazetteer shipped with policykg. */
    public static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        g.add(new Jurisdiction(Jurisdiction.NATIONAL_CODE, NATIONAL_NAME, Level.NATIONAL, null));
        g.read("provinces.csv", false, row -> g.add(new Jurisdiction(row[0] + "0000", row[1], Level.PROVINCE, Jurisdiction.NATIONAL_CODE)));
        g.read("cities.csv", false, row -> g.add(new Jurisdiction(row[0] + "00", row[1], Level.CITY, row[2] + "0000")));
        g.read("areas.csv", false, row -> g.addArea(new Jurisdiction(row[0], row[1], Level.DISTRICT, row[2] + "00")));
        g.read("streets.csv.gz", true, row -> g.add(new Jurisdiction(row[0], row[1], Level.STREET, row[2])));
        g.read("extra-areas.csv", false, row -> g.add(new Jurisdiction(row[0], row[1], Level.DISTRICT, row[2])));
        return g;
    }

    public Optional<Jurisdiction> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Jurisdiction> parent(Jurisdiction j) {
        return j.parentCode() == null ? Optional.empty() : byCode(j.parentCode());
    }

    /** The national level, parent of every province. */
    public Jurisdiction national() {
        return byCode.get(Jurisdiction.NATIONAL_CODE);
    }

    /** The jurisdiction and its parents, up to the national level. */
    public List<Jurisdiction> chain(Jurisdiction j) {
        List<Jurisdiction> chain = new ArrayList<>();
        for (Optional<Jurisdiction> cur = Optional.of(j); cur.isPresent(); cur = parent(cur.get())) {
            chain.add(cur.get());
        }
        return chain;
    }

    /** The ancestor (or the jurisdiction itself) at {@code level}. */
    public Optional<Jurisdiction> ancestorAt(Jurisdiction j, Level level) {
        return chain(j).stream().filter(a -> a.level() == level).findFirst();
    }

    public List<Jurisdiction> children(Jurisdiction j) {
        return children.getOrDefault(j.code(), List.of());
    }

    public Collection<Jurisdiction> all() {
        return Collections.unmodifiableCollection(byCode.values());
    }

    /** True for grouping rows like 市辖区 that no text names. */
    public static boolean isPlaceholder(Jurisdiction j) {
        return PLACEHOLDER_NAMES.contains(j.name());
    }

    /**
     * A city without counties (东莞市, 中山市, 儋州市) is listed again among the areas under its own code,
     * as its own parent: that row is the city itself, which stays a city, so no chain goes round.
     */
    private void addArea(Jurisdiction area) {
        if (!area.code().equals(area.parentCode())) add(area);
    }

    private void add(Jurisdiction j) {
        byCode.put(j.code(), j);
        if (j.parentCode() != null) children.computeIfAbsent(j.parentCode(), k -> new ArrayList<>()).add(j);
    }

    private interface RowHandler {
        void row(String[] cells);
    }

    private void read(String resource, boolean gzipped, RowHandler handler) {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(resource)) {
            if (raw == null) throw new IllegalStateException("gazetteer resource missing: " + resource);
            InputStream in = gzipped ? new GZIPInputStream(raw) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) handler.row(cells(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }

    /** The shipped files quote names only and never embed commas in them. */
    private static String[] cells(String line) {
        String[] cells = line.split(",", -1);
        for (int i = 0; i < cells.length; i++) cells[i] = cells[i].replace("\"", "").strip();
        return cells;
    }
}
