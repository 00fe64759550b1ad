package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The served store over HTTP: read-only SPARQL and Graph Store reads, a timeout, loopback only. */
class SparqlEndpointTest {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String PREFIXES = "PREFIX pkg: <https://w3id.org/policykg/ontology#>\n"
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX text: <http://jena.apache.org/text#>\n";

    static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ServedStore.base() + path)).timeout(Duration.ofSeconds(60));
        if (accept != null) b.header("Accept", accept);
        return HTTP.send(b.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> query(String sparql, String accept) throws IOException, InterruptedException {
        return get("/kg/sparql?query=" + URLEncoder.encode(PREFIXES + sparql, StandardCharsets.UTF_8), accept);
    }

    /**
     * Sends on a connection of its own: Jetty may close the connection after refusing a write, and a
     * pooled connection reused in that moment reads EOF instead of the refusal.
     */
    static HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpClient once = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return once.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aSelectAnswersJsonWithTheRowsOfTheUnionGraph() throws Exception {
        HttpResponse<String> r = query("SELECT ?unit (COUNT(DISTINCT ?task) AS ?lead_tasks) WHERE { ?task pkg:leadUnit/skos:prefLabel ?l "
                + "BIND(STR(?l) AS ?unit) } GROUP BY ?unit ORDER BY DESC(?lead_tasks) ?unit LIMIT 3", "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        JsonNode rows = new ObjectMapper().readTree(r.body()).path("results").path("bindings");
        List<String> got = new ArrayList<>();
        rows.forEach(b -> got.add(b.path("unit").path("value").asText() + " " + b.path("lead_tasks").path("value").asText()));
        assertEquals(List.of("武昌区城管执法局 26", "黄石市发改委 20", "武昌区科经局 14"), got);
    }

    @Test
    void resultsComeInTheFormatTheAcceptHeaderAsks() throws Exception {
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?t a pkg:Task }";
        HttpResponse<String> csv = query(count, "text/csv");
        assertEquals("n\r\n484\r\n", csv.body());
        HttpResponse<String> tsv = query(count, "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?n\n484"), tsv.body());
        HttpResponse<String> xml = query(count, "application/sparql-results+xml");
        assertTrue(xml.body().contains("<literal datatype=\"http://www.w3.org/2001/XMLSchema#integer\">484</literal>"), xml.body());
    }

    @Test
    void textQueryWorksAsInTheQueryCommand() throws Exception {
        HttpResponse<String> r = query("SELECT ?t WHERE { ?t text:query (pkg:text \"停车泊位\" 20) }", "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("https://w3id.org/policykg/id/doc/001_1ee4ff36028791ed.txt/list/2/task/54"), r.body());
        assertTrue(r.body().contains("https://w3id.org/policykg/id/doc/004_045b395ef430cb3c.txt/list/2/task/6"), r.body());
        // inside GRAPH too: there jena-text filters on the graph field, which must match the graph's IRI
        HttpResponse<String> inGraph = query("SELECT ?g WHERE { GRAPH ?g { ?t text:query (pkg:text \"停车泊位\" 20) ; pkg:taskNumber \"54\" } }",
                "text/csv");
        assertEquals("g\r\nhttps://w3id.org/policykg/id/doc/001_1ee4ff36028791ed.txt\r\n", inGraph.body());
    }

    @Test
    void anUpdateIsRefusedAndChangesNothing() throws Exception {
        String insert = "INSERT DATA { <urn:x:intruder> <urn:x:p> \"written\" }";
        for (String path : new String[] {"/kg/sparql", "/kg/update", "/kg"}) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(ServedStore.base() + path))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)).build());
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + " answered " + r.statusCode());
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(ServedStore.base() + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(insert, StandardCharsets.UTF_8))).build());
            assertTrue(form.statusCode() >= 400 && form.statusCode() < 500, path + " (form) answered " + form.statusCode());
        }
        assertEquals("n\r\n0\r\n", query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { <urn:x:intruder> ?p ?o } }", "text/csv").body());
    }

    @Test
    void theGraphStoreIsReadNotWritten() throws Exception {
        String graph = URLEncoder.encode("https://w3id.org/policykg/id/doc/003_345fd75f9cf043fb.txt", StandardCharsets.UTF_8);
        HttpResponse<String> read = get("/kg/get?graph=" + graph, "text/turtle");
        assertEquals(200, read.statusCode(), read.body());
        assertTrue(read.body().contains("003_345fd75f9cf043fb.txt"), read.body().substring(0, 300));
        for (String method : new String[] {"PUT", "POST", "DELETE"}) {
            HttpResponse<String> w = send(HttpRequest.newBuilder(URI.create(ServedStore.base() + "/kg/get?graph=" + graph))
                    .header("Content-Type", "text/turtle")
                    .method(method, HttpRequest.BodyPublishers.ofString("<urn:x:intruder> <urn:x:p> \"written\" ."))
                    .build());
            assertTrue(w.statusCode() >= 400 && w.statusCode() < 500, method + " answered " + w.statusCode());
        }
        assertEquals(read.body(), get("/kg/get?graph=" + graph, "text/turtle").body());
    }

    @Test
    void aQueryPastTheTimeoutIsStoppedWithAnError() throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "application/sparql-results+json");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(r.statusCode() >= 500, r.statusCode() + " " + r.body());
        assertTrue(seconds < ServedStore.TIMEOUT_MILLIS / 1000.0 + 10, "stopped after " + seconds + " s");
        assertFalse(r.body().contains("\"n\""), r.body());
    }

    @Test
    void theServerListensOnLoopbackOnly() throws Exception {
        assertEquals(List.of("127.0.0.1"), ServedStore.get().hosts());
        int port = ServedStore.get().port();
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress()) continue;
                try (Socket s = new Socket()) {
                    assertThrows(IOException.class, () -> s.connect(new InetSocketAddress(address, port), 2000),
                            "the server answered on " + address);
                }
            }
        }
    }

    @Test
    void noCorsHeadersAreSent() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(ServedStore.base() + "/kg/sparql?query="
                + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8))).header("Origin", "http://example.org").GET().build());
        assertEquals(200, r.statusCode());
        assertNull(r.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
}
