package org.policykg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;

/** The national year's generator on the seeds and a slice of two provinces: 湖北 and the municipality 北京. */
class NationalYearTest {

    private static final Gazetteer G = SeedStore.GAZETTEER;
    private static List<NationalYear.Source> sources;

    @BeforeAll
    static void readSeeds() {
        sources = slice().sources(List.of(SeedStore.SEEDS));
    }

    private static NationalYear slice() {
        return new NationalYear(G, line -> {}, Set.of("420000", "110000"));
    }

    private static Jurisdiction at(String code) {
        return G.byCode(code).orElseThrow();
    }

    @Test
    void aCountySourceRenamesItsCountyCityAndProvinceToTheTargetsAtTheSameLevel() {
        String text = new PlaceSwap(G, at("420204"), at("440203"))
                .apply("湖北省黄石市下陆区人民政府办公室 黄石 下陆 湖北 hsxl.gov.cn/420204/ 4202040");
        assertEquals("广东省韶关市武江区人民政府办公室 韶关 武江 广东 hsxl.gov.cn/440203/ 4202040", text);
    }

    @Test
    void aMunicipalitysDistrictHasNoPrefectureSoTheMunicipalityStandsForBoth() {
        assertEquals("北京市东城区政府 北京", new PlaceSwap(G, at("420204"), at("110101")).apply("湖北省黄石市下陆区政府 黄石"));
    }

    @Test
    void aCityWithoutCountiesStandsAtTheCityLevel() {
        assertEquals("广东省东莞市 东莞", new PlaceSwap(G, at("420200"), at("441900")).apply("湖北省黄石市 黄石"));
    }

    @Test
    void theSeedsAreReadWithTheirGovernmentsAndLevels() {
        Map<String, String> found = new TreeMap<>();
        for (NationalYear.Source s : sources) found.put(s.name(), s.jurisdiction().name() + (s.report() ? " report" : " notice"));
        assertEquals(Map.of("000_e666455f3088458b.txt", "下陆区 notice", "001_1ee4ff36028791ed.txt", "武昌区 notice",
                "002_576293f3ba629b2f.txt", "下陆区 report", "003_345fd75f9cf043fb.txt", "鄂城区 notice",
                "004_045b395ef430cb3c.txt", "黄石市 notice"), found);
        assertEquals(484, sources.stream().mapToInt(NationalYear.Source::tasks).sum(), "the seed store's tasks");
    }

    @Test
    void everyCityAndCountyOfTheSliceIssuesAtItsLevelWithItsOwnNames(@TempDir Path out) throws IOException {
        NationalYear.Written written = slice().write(sources, out, 2260);
        int cities = slice().governments(Level.CITY).size();
        int counties = slice().governments(Level.DISTRICT).size();
        // 湖北: 13 prefecture-level units and 105 county-level ones (4 under the province directly, 2 zones); 北京: 16 districts.
        assertEquals(13, cities);
        assertEquals(105 + 16, counties);
        assertEquals(Map.of(Level.CITY, cities, Level.DISTRICT, counties), written.notices());
        assertEquals(Map.of(Level.DISTRICT, counties), written.reports(), "the seeds hold one work report, a district's");
        assertTrue(slice().governments(Level.DISTRICT).stream().anyMatch(j -> j.name().equals("仙桃市")), "a county-level city the province holds directly");

        String dongcheng = read(out, "district-110101-report-002_576293f3ba629b2f.txt");
        assertTrue(dongcheng.contains("东城区"), dongcheng.substring(0, 200));
        assertFalse(dongcheng.contains("下陆区") || dongcheng.contains("黄石市") || dongcheng.contains("湖北省"));
        String shiyan = read(out, "city-420300-notice-004_045b395ef430cb3c.txt");
        assertTrue(shiyan.contains("十堰市") && !shiyan.contains("黄石市"));
    }

    @Test
    void theSameSourcesAndSeedGiveTheSameFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        slice().write(sources, a, 7);
        slice().write(sources, b, 7);
        List<String> names = list(a);
        assertEquals(names, list(b));
        for (String name : names) assertEquals(read(a, name), read(b, name), name);
    }

    private static String read(Path dir, String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return new ArrayList<>(files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
