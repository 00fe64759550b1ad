package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykg.store.Tdb2Store;

/** `policykg serve` through the command line: its options, and a run that starts, answers and stops. */
class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void badOptionsAreUsageErrors() {
        CommandRun timeout = CliTest.run("serve", "--store", dir.toString(), "--timeout", "0");
        assertEquals(2, timeout.exit());
        assertTrue(timeout.err().contains("--timeout must be more than 0 seconds, not 0.0"), timeout.err());
        CommandRun port = CliTest.run("serve", "--store", dir.toString(), "--port", "70000");
        assertEquals(2, port.exit());
        assertTrue(port.err().contains("--port must be between 0 and 65535"), port.err());
    }

    @Test
    void aTakenPortIsOneClearLine() throws Exception {
        Path store = dir.resolve("taken");
        Tdb2Store.open(store, Tdb2Store.Mode.CREATE).close();
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            CommandRun r = CliTest.run("serve", "--store", store.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), r.err());
            assertTrue(r.err().contains("choose another with --port"), r.err());
            assertTrue(!r.err().contains("Exception") && !r.err().contains("unexpected failure"), r.err());
        }
    }

    @Test
    void serveAnswersOnLoopbackUntilStoppedAndThenReleasesTheStore() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path store = dir.resolve("store");
        CommandRun missing = CliTest.run("serve", "--store", store.toString(), "--port", Integer.toString(port));
        assertEquals(1, missing.exit(), "serve opens an existing store only");
        assertTrue(missing.err().contains("no store at " + store), missing.err());
        Tdb2Store.open(store, Tdb2Store.Mode.CREATE).close();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(PolicyKg.execute(
                new String[] {"serve", "--store", store.toString(), "--port", Integer.toString(port)},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))));
        serving.start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (!out.toString(StandardCharsets.UTF_8).contains("serving") && System.currentTimeMillis() < deadline && serving.isAlive()) {
            Thread.sleep(100);
        }
        String said = out.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("at http://127.0.0.1:" + port + "/  (SPARQL: http://127.0.0.1:" + port + "/kg/sparql)"), said + err);
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no warning on loopback");
        HttpResponse<String> ask = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/kg/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8)))
                .header("Accept", "text/csv").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ask.statusCode());
        assertEquals("_askResult\nfalse", ask.body().replace("\r", "").strip(), "an empty store has nothing");
        serving.interrupt();
        serving.join(30_000);
        assertEquals(0, exit.get(), err.toString(StandardCharsets.UTF_8));
        try (Tdb2Store reopened = Tdb2Store.open(store)) {
            assertEquals(store, reopened.location());
        }
    }
}
