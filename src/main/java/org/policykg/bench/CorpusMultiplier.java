package org.policykg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;

/**
 * Makes a larger corpus for benchmarks: the seeds re-issued N times under other jurisdictions of
 * the gazetteer. Copy k picks a province and, in it, cities and districts that stand in for
 * 黄石/下陆, 武汉/武昌 and 鄂州/鄂城, and rewrites names and site identifiers, so each copy is a
 * consistent set of notices of its own chain. Deterministic for a given seed.
 *
 * <pre>java -cp target/policykg.jar org.policykg.bench.CorpusMultiplier seeds 100 /tmp/corpus100</pre>
 *
 * With {@code national} instead of a number: a national year drawn from these sources (see
 * {@link NationalYear}, which also takes other sources).
 */
public final class CorpusMultiplier {

    private record Stand(String code, String district, String city) {}

    /** The seed places that copies replace: district code, district name, city name. */
    private static final List<Stand> SEED_PLACES = List.of(
            new Stand("420204", "下陆区", "黄石市"),
            new Stand("420106", "武昌区", "武汉市"),
            new Stand("420704", "鄂城区", "鄂州市"));

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CorpusMultiplier SEEDS_DIR TIMES|national OUT_DIR");
            System.exit(2);
        }
        if (args[1].equals("national")) {
            NationalYear.main(new String[] {args[2], args[0]});
            return;
        }
        Path seeds = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[2]));
        Gazetteer g = Gazetteer.load();
        List<Path> files;
        try (var list = Files.list(seeds)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<Jurisdiction> provinces = g.all().stream()
                .filter(j -> j.level() == Level.PROVINCE && usableCities(g, j).size() >= 3).toList();
        Random random = new Random(2260);
        List<Map<String, String>> copies = new ArrayList<>();
        int times = Integer.parseInt(args[1]);
        for (int k = 0; k < times; k++) {
            copies.add(k == 0 ? Map.of() : replacements(g, provinces.get(random.nextInt(provinces.size())), random));
        }
        for (int k = 0; k < copies.size(); k++) write(files, k, copies.get(k), out);
        System.out.println("wrote " + copies.size() * files.size() + " documents to " + out);
    }

    private static void write(List<Path> files, int k, Map<String, String> replacements, Path out) throws IOException {
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (Map.Entry<String, String> r : replacements.entrySet()) text = text.replace(r.getKey(), r.getValue());
            String name = k == 0 ? f.getFileName().toString() : String.format("k%04d_%s", k, f.getFileName());
            Files.writeString(out.resolve(name), text, StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> replacements(Gazetteer g, Jurisdiction province, Random random) {
        List<Jurisdiction> cities = new ArrayList<>(usableCities(g, province));
        java.util.Collections.shuffle(cities, random);
        List<Jurisdiction[]> chains = new ArrayList<>();
        for (int i = 0; i < SEED_PLACES.size(); i++) {
            List<Jurisdiction> districts = usableDistricts(g, cities.get(i));
            chains.add(new Jurisdiction[] {cities.get(i), districts.get(random.nextInt(districts.size()))});
        }
        return replacements(g, province, chains);
    }

    /** Full names before short names, so 下陆区 becomes X区 rather than X区区. @param chains (city, district) for each seed place */
    private static Map<String, String> replacements(Gazetteer g, Jurisdiction province, List<Jurisdiction[]> chains) {
        Map<String, String> full = new LinkedHashMap<>();
        Map<String, String> shortNames = new LinkedHashMap<>();
        for (int i = 0; i < SEED_PLACES.size(); i++) {
            Stand s = SEED_PLACES.get(i);
            Jurisdiction city = chains.get(i)[0];
            Jurisdiction district = chains.get(i)[1];
            Jurisdiction seedDistrict = g.byCode(s.code()).orElseThrow();
            Jurisdiction seedCity = g.parent(seedDistrict).orElseThrow();
            full.put(seedDistrict.name(), district.name());
            full.put(seedCity.name(), city.name());
            shortNames.put(seedDistrict.shortName(), district.shortName());
            shortNames.put(seedCity.shortName(), city.shortName());
            full.put(s.code(), district.code());
        }
        full.put("湖北省", province.name());
        shortNames.put("湖北", province.shortName());
        shortNames.put("鄂", province.shortName().substring(0, 1));
        Map<String, String> all = new LinkedHashMap<>(full);
        all.putAll(shortNames);
        return all;
    }

    private static List<Jurisdiction> usableCities(Gazetteer g, Jurisdiction province) {
        return g.children(province).stream()
                .filter(c -> !Gazetteer.isPlaceholder(c) && c.name().endsWith("市") && usableDistricts(g, c).size() >= 1).toList();
    }

    private static List<Jurisdiction> usableDistricts(Gazetteer g, Jurisdiction city) {
        return g.children(city).stream().filter(d -> d.name().endsWith("区") && d.name().length() == 3).toList();
    }
}
