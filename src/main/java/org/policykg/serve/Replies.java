package org.policykg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.policykg.query.OutputFormat;
import org.policykg.query.ResultTable;
import org.policykg.query.ResultWriter;

/** How the explorer's servlets answer: JSON, CSV that Excel opens as UTF-8, or a one-line error. */
final class Replies {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The byte order mark that tells Excel a CSV file is UTF-8, so Chinese is not garbled. */
    private static final String BOM = "\uFEFF";

    private Replies() {}

    static void json(HttpServletResponse resp, Object value) throws IOException {
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("Cache-Control", "no-store");
        JSON.writeValue(resp.getOutputStream(), value);
    }

    /** A download: the rows as CSV with a UTF-8 BOM. */
    static void csv(HttpServletResponse resp, ResultTable table, String fileName) throws IOException {
        resp.setContentType("text/csv; charset=utf-8");
        attachment(resp, fileName + ".csv");
        PrintStream out = new PrintStream(resp.getOutputStream(), false, StandardCharsets.UTF_8);
        out.print(BOM);
        ResultWriter.write(table, OutputFormat.CSV, out);
        out.flush();
    }

    static void attachment(HttpServletResponse resp, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = java.net.URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        resp.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    }

    static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        json(resp, java.util.Map.of("error", message));
    }
}
