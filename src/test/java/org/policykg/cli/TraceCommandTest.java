package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;

/** `policykg trace` on 001:1:12: the province's transport task, its city tasks and their district tasks. */
class TraceCommandTest {

    @TempDir
    static Path dir;
    static Path store;

    @BeforeAll
    static void build() {
        store = SeedStore.cliStore();
    }

    @Test
    void aDistrictTaskIsTracedThroughACityItemToTheProvince() {
        // 3:29 answers five city items and the province item; of its best parents (1.0) 2:51 has no parent
        // above it, 2:52 has 1:12: the trace climbs through 2:52
        CommandRun r = CliTest.run("trace", "001_1ee4ff36028791ed.txt:3:29", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("湖北省 (province) 001_1ee4ff36028791ed.txt:1:12"), out);
        assertTrue(out.contains("   武汉市 (city) 001_1ee4ff36028791ed.txt:2:52  [contributes to"), out);
        assertTrue(out.contains("      ● 武昌区 (district) 001_1ee4ff36028791ed.txt:3:29  [contributes to"), out);
    }

    @Test
    void treeShowsTheCityAndDistrictTasksWithTheirNumbers() {
        CommandRun r = CliTest.run("trace", "001_1ee4ff36028791ed.txt:1:12", "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        String out = r.out();
        assertTrue(out.startsWith("● 湖北省 (province) 001_1ee4ff36028791ed.txt:1:12"), out);
        assertTrue(out.contains("targets: 项目 5个; 已建及在建高铁里程 3000公里以上; 瓶颈路 30条; 城市停车位 12万个; 充电桩 6万个"), out);
        for (String city : new String[] {":2:54", ":2:73", ":2:127"}) {
            assertTrue(out.contains("武汉市 (city) 001_1ee4ff36028791ed.txt" + city + "  [contributes to"), city + "\n" + out);
        }
        assertTrue(out.contains("lead: 武汉市停车场及新能源汽车配套设施建设工作领导小组、武昌区建设局"), out);
        assertTrue(out.contains("武昌区 (district) 001_1ee4ff36028791ed.txt:3:29"), out);
        assertTrue(out.contains("停车泊位 1万个以上"), out);
        assertTrue(out.contains("武昌区 (district) 001_1ee4ff36028791ed.txt:3:30"), out);
        assertTrue(out.contains("充电桩 4000根"), out);
    }

    @Test
    void aDistrictTaskTracesUpToTheProvince() {
        CommandRun r = CliTest.run("trace", "001:3:30", "--store", store.toString());
        String out = r.out();
        int province = out.indexOf("湖北省 (province) 001_1ee4ff36028791ed.txt:1:12");
        int city = out.indexOf("武汉市 (city) 001_1ee4ff36028791ed.txt:2:73");
        int task = out.indexOf("● 武昌区 (district) 001_1ee4ff36028791ed.txt:3:30");
        assertTrue(province >= 0 && city > province && task > city, out);
    }

    @Test
    void wordsFindTheTaskAndJsonCarriesTheTree() {
        CommandRun r = CliTest.run("trace", "建设充电桩6万个", "--store", store.toString(), "--format", "json");
        assertEquals(0, r.exit(), r.err());
        JsonObject json = JSON.parse(r.out());
        assertEquals("001_1ee4ff36028791ed.txt:2:73", json.get("task").getAsObject().get("id").getAsString().value());
        assertEquals("001_1ee4ff36028791ed.txt:1:12", json.get("above").getAsArray().get(0).getAsObject().get("id").getAsString().value());
        assertTrue(json.get("task").getAsObject().get("children").getAsArray().size() >= 1);
    }

    @Test
    void unknownTaskIsAClearError() {
        CommandRun r = CliTest.run("trace", "no such words anywhere", "--store", store.toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertTrue(r.err().contains("no task matches"), r.err());
    }

    @Test
    void dotRendersWithGraphviz() throws Exception {
        CommandRun r = CliTest.run("trace", "001_1ee4ff36028791ed.txt:1:12", "--store", store.toString(), "--format", "dot");
        assertTrue(r.out().startsWith("digraph cascade {"), r.out());
        assertTrue(r.out().contains("charset=\"UTF-8\""));
        assertTrue(r.out().contains("001_1ee4ff36028791ed.txt:3:30") && r.out().matches("(?s).*contributesTo [01]\\.\\d\\d.*"),
                "the district task, and each link's score on its edge");
        assumeTrue(onPath("dot"), "Graphviz is not installed (apt-get install graphviz fonts-noto-cjk)");
        Path png = dir.resolve("cascade.png");
        Process dot = new ProcessBuilder("dot", "-Tpng", "-o", png.toString()).redirectErrorStream(true).start();
        dot.getOutputStream().write(r.out().getBytes(StandardCharsets.UTF_8));
        dot.getOutputStream().close();
        String messages = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, dot.waitFor(), messages);
        assertTrue(Files.size(png) > 10_000, "a picture, not an empty file");
        assertTrue(!messages.contains("Error"), messages);
    }

    static boolean onPath(String tool) {
        return java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(p -> Files.isExecutable(Path.of(p, tool)));
    }

}
