package org.policykg.serve;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The explorer's one HTML page; its script draws the view the address names. */
final class Shell {

    private final byte[] page;

    Shell(int rowCap) {
        try (InputStream in = Shell.class.getResourceAsStream("web/index.html")) {
            if (in == null) throw new IllegalStateException("missing resource web/index.html");
            String html = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            this.page = html.replace("data-row-cap=\"\"", "data-row-cap=\"" + rowCap + "\"").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(page);
    }
}
