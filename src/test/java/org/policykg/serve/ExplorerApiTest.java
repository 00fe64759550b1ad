package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.policykg.serve.SparqlEndpointTest.get;
import static org.policykg.serve.SparqlEndpointTest.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Test;

/** The explorer's addresses over HTTP: content negotiation, the gallery, the cascade, search, downloads. */
class ExplorerApiTest {

    static final String TASK_54 = "https://w3id.org/policykg/id/doc/001_1ee4ff36028791ed.txt/list/2/task/54";
    static final String PKG = "https://w3id.org/policykg/ontology#";
    static final ObjectMapper JSON = new ObjectMapper();

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aTaskIriAnswersTurtleJsonLdOrThePage() throws Exception {
        String path = "/id/doc/001_1ee4ff36028791ed.txt/list/2/task/54";
        HttpResponse<String> ttl = get(path, "text/turtle");
        assertEquals(200, ttl.statusCode());
        assertTrue(ttl.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        Model m = ModelFactory.createDefaultModel().read(new StringReader(ttl.body()), null, "TTL");
        var task = ResourceFactory.createResource(TASK_54);
        assertEquals("新增停车泊位12万个。", m.getProperty(task, ResourceFactory.createProperty(PKG, "text")).getString());
        assertEquals("54", m.getProperty(task, ResourceFactory.createProperty(PKG, "taskNumber")).getString());
        assertEquals(2, m.listObjectsOfProperty(task, ResourceFactory.createProperty(PKG, "responsibility")).toList().size());

        HttpResponse<String> jsonld = get(path, "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        Model fromJsonLd = ModelFactory.createDefaultModel().read(new StringReader(jsonld.body()), null, "JSON-LD");
        assertTrue(fromJsonLd.isIsomorphicWith(m));

        HttpResponse<String> html = get(path, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertTrue(html.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("/static/app.js"), html.body());
        assertEquals(404, get("/id/doc/nothing.txt/list/1/task/1", "text/turtle").statusCode());
    }

    @Test
    void aUnitIriWrittenInChineseAnswersTurtle() throws Exception {
        HttpResponse<String> ttl = get("/id/unit/420106/" + enc("建设局"), "text/turtle");
        assertEquals(200, ttl.statusCode(), ttl.body());
        assertTrue(ttl.body().contains("武昌区建设局"), ttl.body());
    }

    @Test
    void anIriWithEscapesIsFoundByTheExplorersLinkAndAsTyped() throws Exception {
        // 各县(市、区)政府 of 黄石市: its IRI escapes the brackets, not the 、 (Iris.encode)
        String segment = "各县%28市、区%29政府";
        // as the explorer links it and as a client sends the IRI typed in: the Chinese escaped, the IRI's escapes kept
        String link = "/id/unit/420200/" + enc("各县") + "%28" + enc("市、区") + "%29" + enc("政府");
        JsonNode page = JSON.readTree(get("/api/unit?path=" + enc(link), null).body());
        assertEquals("https://w3id.org/policykg/id/unit/420200/" + segment, page.path("iri").asText());
        assertEquals("各县(市、区)政府", page.path("unit").path("name").asText());
        assertTrue(page.path("tasks").size() > 10, page.toString());
        HttpResponse<String> ttl = get(link, "text/turtle");
        assertEquals(200, ttl.statusCode(), link);
        assertTrue(ttl.body().contains("\"各县(市、区)政府\"@zh"), ttl.body());
    }

    @Test
    void theGalleryListsTheCannedQueriesWithTheirHeaders() throws Exception {
        JsonNode list = JSON.readTree(get("/api/queries", null).body());
        JsonNode portfolio = null;
        for (JsonNode q : list) if (q.path("name").asText().equals("unit-portfolio")) portfolio = q;
        assertEquals("单位责任清单 | Unit portfolio", portfolio.path("title").asText());
        assertEquals("区发改局", portfolio.path("params").path("unit").asText());
        assertEquals("table", portfolio.path("view").asText());
        JsonNode responsibilities = null;
        for (JsonNode q : list) if (q.path("name").asText().equals("responsibilities")) responsibilities = q;
        assertEquals("", responsibilities.path("params").path("place").asText("absent"), "optional: no default");
    }

    @Test
    void anOptionalParameterNarrowsTheAnswerWhenGiven() throws Exception {
        JsonNode all = JSON.readTree(get("/api/run/responsibilities", null).body());
        assertTrue(all.path("rows").get(0).get(0).asText().startsWith("000_"), "without it, every document from the first");
        JsonNode r = JSON.readTree(get("/api/run/responsibilities?place=" + enc("武昌区"), null).body());
        assertEquals(ServedStore.ROW_CAP, r.path("rows").size(), r.toString());
        for (JsonNode row : r.path("rows")) assertTrue(row.get(0).asText().startsWith("001_"), "武昌区's notice only: " + row);
    }

    @Test
    void aCannedQueryRunsWithItsParameterAndDownloadsAsCsvWithABom() throws Exception {
        JsonNode r = JSON.readTree(get("/api/run/unit-portfolio?unit=" + enc("武昌区建设局"), null).body());
        List<String> tasks = new ArrayList<>();
        int task = -1;
        for (int i = 0; i < r.path("columns").size(); i++) if (r.path("columns").get(i).asText().equals("task")) task = i;
        for (JsonNode row : r.path("rows")) tasks.add(row.get(1).asText().substring(0, 3) + ":" + row.get(2).asText() + ":" + row.get(task).asText());
        assertTrue(tasks.containsAll(List.of("001:1:12", "001:2:54", "001:2:127")), tasks.toString());
        assertTrue(r.path("rows").get(0).get(0).asText().equals("武昌区建设局"));

        HttpResponse<byte[]> csv = SparqlEndpointTest.HTTP.send(HttpRequest.newBuilder(
                URI.create(ServedStore.base() + "/api/run/unit-portfolio?format=csv&unit=" + enc("武昌区建设局"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = csv.body();
        assertEquals(0xEF, body[0] & 0xFF);
        assertEquals(0xBB, body[1] & 0xFF);
        assertEquals(0xBF, body[2] & 0xFF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("unit_name,source,list,task,role,text,targets,deadlines\r\n"), text);
        assertEquals(tasks.size() + 1, text.split("\r\n").length);
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("unit-portfolio.csv"));
    }

    @Test
    void anUndeclaredParameterIsRefusedInOneLine() throws Exception {
        HttpResponse<String> r = get("/api/run/unit-portfolio?department=x", null);
        assertEquals(400, r.statusCode());
        assertEquals("the query has no parameter 'department'; it declares unit", JSON.readTree(r.body()).path("error").asText());
    }

    @Test
    void theRowCapHoldsAndSaysSo() throws Exception {
        JsonNode r = JSON.readTree(get("/api/run/responsibilities", null).body());
        assertEquals(ServedStore.ROW_CAP, r.path("rows").size());
        assertTrue(r.path("truncated").asBoolean());
    }

    @Test
    void theCascadeCarriesTheCityTasksAndTheEscalations() throws Exception {
        JsonNode c = JSON.readTree(get("/api/cascade?depth=2&task=" + enc("001_1ee4ff36028791ed.txt:1:12"), null).body());
        assertEquals("湖北省", c.path("task").path("jurisdiction").asText());
        List<String> children = new ArrayList<>();
        c.path("task").path("children").forEach(n -> children.add(n.path("id").asText()));
        assertTrue(children.containsAll(List.of("001_1ee4ff36028791ed.txt:2:54", "001_1ee4ff36028791ed.txt:2:73", "001_1ee4ff36028791ed.txt:2:127")),
                children.toString());
        boolean chargers = false;
        for (JsonNode e : c.path("escalations")) {
            if (e.path("child").asText().equals("001_1ee4ff36028791ed.txt:2:73") && e.path("parent").asText().equals("001_1ee4ff36028791ed.txt:1:12")) {
                assertEquals("充电桩", e.path("indicator").asText());
                assertEquals("1.0", e.path("ratio").asText());
                chargers = true;
            }
        }
        assertTrue(chargers, c.path("escalations").toString());
    }

    @Test
    void searchFindsTasksAndUnits() throws Exception {
        JsonNode r = JSON.readTree(get("/api/search?q=" + enc("停车泊位"), null).body());
        assertEquals(TASK_54, r.path("tasks").get(0).path("iri").asText());
        assertTrue(r.path("tasks").get(0).path("snippet").asText().contains("【停车泊位】"));
        JsonNode units = JSON.readTree(get("/api/search?q=" + enc("建设局"), null).body()).path("units");
        List<String> names = new ArrayList<>();
        units.forEach(u -> names.add(u.path("name").asText()));
        assertTrue(names.contains("武昌区建设局"), names.toString());
    }

    @Test
    void theTaskPageDataHasUnitsTargetsAndLinks() throws Exception {
        JsonNode p = JSON.readTree(get("/api/task?iri=" + enc(TASK_54), null).body());
        assertEquals("武汉市", p.path("task").path("jurisdiction").asText());
        assertEquals("001_1ee4ff36028791ed.txt", p.path("task").path("source").asText());
        List<String> units = new ArrayList<>();
        p.path("units").forEach(u -> units.add(u.path("role").asText() + " " + u.path("name").asText()));
        assertEquals(List.of("lead 武汉市停车场及新能源汽车配套设施建设工作领导小组", "lead 武昌区建设局"), units);
        assertEquals("12万个", p.path("targets").get(0).path("as_written").asText());
        boolean up = false;
        for (JsonNode l : p.path("links")) {
            up |= l.path("direction").asText().equals("out") && l.path("other_id").asText().equals("001_1ee4ff36028791ed.txt:1:12");
        }
        assertTrue(up, p.path("links").toString());
    }

    @Test
    void theCascadeExportsAsGraphml() throws Exception {
        HttpResponse<String> r = get("/api/export?format=graphml&scope=" + enc("cascade:001_1ee4ff36028791ed.txt:1:12"), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<graphml"), r.body().substring(0, 200));
        assertTrue(r.body().contains("武昌区建设局"));
        assertEquals(400, get("/api/export?format=graphml&scope=all", null).statusCode());
    }

    @Test
    void theEditorEndpointCapsRowsAndRefusesUpdates() throws Exception {
        String select = "SELECT ?s WHERE { ?s ?p ?o }";
        HttpResponse<String> capped = send(HttpRequest.newBuilder(URI.create(ServedStore.base() + "/api/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(select))).build());
        assertEquals(ServedStore.ROW_CAP, JSON.readTree(capped.body()).path("results").path("bindings").size());
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(ServedStore.base() + "/api/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc("INSERT DATA { <urn:x:a> <urn:x:b> 1 }"))).build());
        assertEquals(400, update.statusCode());
        // beyond the cap, the download: every row, as CSV with a UTF-8 BOM
        HttpResponse<String> all = send(HttpRequest.newBuilder(URI.create(ServedStore.base() + "/api/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("format=csv&query="
                        + enc("SELECT ?t WHERE { ?t a <https://w3id.org/policykg/ontology#Task> }"))).build());
        assertTrue(all.body().startsWith("\uFEFFt\r\n"), all.body().substring(0, 20));
        assertEquals(484 + 1, all.body().split("\r\n").length);
    }
}
