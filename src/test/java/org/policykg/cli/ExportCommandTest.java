package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.SeedStore;

/** `policykg export`: every format read by a real reader where the tool is present. */
class ExportCommandTest {

    private static final String PKG = "PREFIX pkg: <https://w3id.org/policykg/ontology#> PREFIX org: <http://www.w3.org/ns/org#> ";

    @TempDir
    static Path dir;
    static Path store;
    static long nodes;
    static long edges;

    @BeforeAll
    static void build() {
        store = SeedStore.cliStore();
        // The same counts by SPARQL, independently of the exporter.
        nodes = count("SELECT (COUNT(DISTINCT ?n) AS ?c) WHERE { { ?n a pkg:Task } UNION { ?n a org:Organization } UNION { ?n a pkg:Report }"
                + " UNION { ?n a pkg:Jurisdiction } UNION { ?t a pkg:Task ; pkg:target ?n } }");
        edges = count("SELECT (COUNT(*) AS ?c) WHERE { { ?t pkg:responsibility ?r } UNION { ?t a pkg:Task ; pkg:inList/pkg:implementsPlan ?p . ?p a pkg:Report }"
                + " UNION { ?u a org:Organization ; pkg:jurisdiction ?j } UNION { ?rep a pkg:Report ; pkg:jurisdiction ?j }"
                + " UNION { ?t a pkg:Task ; pkg:target ?x } UNION { ?l pkg:child ?ch ; pkg:parent ?pa . ?pa a pkg:Task . OPTIONAL { ?l pkg:accepted ?a } FILTER(COALESCE(?a, true)) } }");
    }

    private static long count(String query) {
        CommandRun r = CliTest.run("query", "-e", PKG + query, "--store", store.toString(), "--format", "tsv");
        return Long.parseLong(r.out().lines().skip(1).findFirst().orElseThrow());
    }

    private static Path export(String format, String scope, String file) {
        Path out = dir.resolve(file);
        CommandRun r = CliTest.run("export", "--format", format, "--scope", scope, "-o", out.toString(), "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        return out;
    }

    private static void validate(String xsd, Path file) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(new File("src/test/resources/xsd/" + xsd))
                .newValidator().validate(new StreamSource(file.toFile()));
    }

    /** Node and edge counts as networkx reads the file, or null where python3-networkx is absent. */
    private static List<Long> networkx(String reader, Path file) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/python3")), "no /usr/bin/python3 (apt-get install python3-networkx)");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", "import sys, networkx as nx; g = nx." + reader + "(sys.argv[1]); "
                + "print(g.number_of_nodes(), g.number_of_edges())", file.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assumeTrue(p.waitFor() == 0 || !out.contains("No module named 'networkx'"), "python3-networkx is not installed");
        assertEquals(0, p.waitFor(), out);
        String[] counts = out.split(" ");
        return List.of(Long.parseLong(counts[0]), Long.parseLong(counts[1]));
    }

    @Test
    void graphmlIsValidAndNetworkxReadsTheStoresCounts() throws Exception {
        Path file = export("graphml", "all", "kg.graphml");
        validate("graphml.xsd", file);
        String xml = Files.readString(file);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\""), xml.substring(0, 60));
        assertTrue(xml.contains("https://w3id.org/policykg/id/doc/001_1ee4ff36028791ed.txt/list/2/task/54"), "the IRI is the iri attribute");
        assertTrue(xml.contains("武昌区建设局"));
        assertEquals(List.of(nodes, edges), networkx("read_graphml", file));
    }

    @Test
    void gexfIsValidAndNetworkxReadsTheStoresCounts() throws Exception {
        Path file = export("gexf", "all", "kg.gexf");
        validate("gexf.xsd", file);
        assertTrue(Files.readString(file).contains("id=\"https://w3id.org/policykg/id/unit/420106/建设局\""), "GEXF ids are the IRIs");
        assertEquals(List.of(nodes, edges), networkx("read_gexf", file));
    }

    @Test
    void cyjsHasTheElementStructure() throws Exception {
        JsonNode json = new ObjectMapper().readTree(export("cyjs", "all", "kg.cyjs").toFile());
        JsonNode n = json.get("elements").get("nodes");
        JsonNode e = json.get("elements").get("edges");
        assertEquals(nodes, n.size());
        assertEquals(edges, e.size());
        assertTrue(n.get(0).get("data").has("id") && n.get(0).get("data").has("label") && n.get(0).get("data").has("kind"));
        assertTrue(e.get(0).get("data").has("source") && e.get(0).get("data").has("target"));
    }

    @Test
    void dotRendersWithGraphviz() throws Exception {
        Path file = export("dot", "cascade:001_1ee4ff36028791ed.txt:1:12", "cascade.dot");
        String dot = Files.readString(file);
        assertTrue(dot.contains("charset=\"UTF-8\"") && dot.contains("Noto Sans CJK SC"), dot.substring(0, 200));
        assertTrue(dot.contains("001_1ee4ff36028791ed.txt:3:30") && dot.contains("充电桩 4000根"), "the district task and its number");
        assumeTrue(TraceCommandTest.onPath("dot"), "Graphviz is not installed");
        Process p = new ProcessBuilder("dot", "-Tpng", "-o", dir.resolve("cascade.png").toString(), file.toString()).redirectErrorStream(true).start();
        String messages = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), messages);
        assertTrue(!messages.contains("Warning") && !messages.contains("Error"), messages);
    }

    @Test
    void csvIsNodesAndEdgesAsGephiImportsThem() throws Exception {
        Path folder = dir.resolve("csv");
        CommandRun r = CliTest.run("export", "--format", "csv", "--scope", "document:004_045b395ef430cb3c.txt", "-o", folder.toString(),
                "--store", store.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> n = Files.readAllLines(folder.resolve("nodes.csv"));
        List<String> e = Files.readAllLines(folder.resolve("edges.csv"));
        assertEquals("\uFEFFId,Label,kind,level,code,value", n.get(0), "a byte order mark for Excel, then the header");
        assertEquals("\uFEFFSource,Target,Type,Label,kind,role,Weight,score", e.get(0));
        assertTrue(n.stream().anyMatch(l -> l.startsWith("https://w3id.org/policykg/id/unit/420200/发改委,黄石市发改委,unit,city,420200,")));
        assertTrue(n.stream().noneMatch(l -> l.contains("001_1ee4ff36028791ed.txt")), "only 004's tasks");
    }

    @Test
    void scopes() {
        CommandRun unit = CliTest.run("export", "--format", "cyjs", "--scope", "unit:区建设局", "--store", store.toString());
        assertTrue(unit.out().contains("001_1ee4ff36028791ed.txt/list/2/task/54") && unit.out().contains("武汉市停车场及新能源汽车配套设施建设工作领导小组"),
                "the unit's tasks and its partners");
        CommandRun network = CliTest.run("export", "--format", "cyjs", "--scope", "unit-network", "--store", store.toString());
        assertTrue(network.out().contains("\"kind\" : \"sharesTasks\"") && network.out().contains("\"role\" : \"lead-lead\""));
        assertTrue(network.err().startsWith("275 nodes"), network.err());
        CommandRun jurisdiction = CliTest.run("export", "--format", "cyjs", "--scope", "jurisdiction:420704", "--store", store.toString());
        assertTrue(jurisdiction.out().contains("003_345fd75f9cf043fb.txt") && !jurisdiction.out().contains("/doc/000_"));
        CommandRun bad = CliTest.run("export", "--format", "cyjs", "--scope", "planet:mars", "--store", store.toString());
        assertEquals(ExitCodes.USAGE, bad.exit());
        assertTrue(bad.err().contains("unknown scope"), bad.err());
    }

    @Test
    void rdfOfAScopeParsesBack() {
        for (String format : List.of("ttl", "nq", "trig", "jsonld")) {
            CommandRun r = CliTest.run("export", "--format", format, "--scope", "document:003_345fd75f9cf043fb.txt", "--store", store.toString());
            assertEquals(0, r.exit(), r.err());
            DatasetGraph dsg = DatasetGraphFactory.create();
            Lang lang = switch (format) {
                case "ttl" -> Lang.TURTLE;
                case "nq" -> Lang.NQUADS;
                case "trig" -> Lang.TRIG;
                default -> Lang.JSONLD;
            };
            RDFParser.source(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8))).lang(lang).parse(dsg);
            assertTrue(dsg.stream().count() > 500, format);
        }
    }
}
