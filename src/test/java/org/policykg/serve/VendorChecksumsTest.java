package org.policykg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The vendored front-end files are the ones scripts/refresh-vendor fetched: every file listed, every hash equal. */
class VendorChecksumsTest {

    static final String VENDOR = "web/vendor/";
    static final Path SOURCE = Path.of("src/main/resources/org/policykg/serve/web/vendor");

    static List<String[]> sums() throws Exception {
        try (InputStream in = KgServer.class.getResourceAsStream(VENDOR + "SHA256SUMS")) {
            assertNotNull(in, "SHA256SUMS is missing; run scripts/refresh-vendor");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(l -> l.split("\\s+", 2)).toList();
        }
    }

    @Test
    void everyVendoredFileHasItsRecordedChecksum() throws Exception {
        List<String[]> sums = sums();
        assertTrue(sums.size() >= 9, "expected the libraries, their licences and VERSIONS.txt");
        for (String[] entry : sums) {
            try (InputStream in = KgServer.class.getResourceAsStream(VENDOR + entry[1])) {
                assertNotNull(in, entry[1] + " is listed but not in the jar");
                String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
                assertEquals(entry[0], actual, entry[1] + " differs from the file scripts/refresh-vendor fetched");
            }
        }
    }

    @Test
    void nothingUnlistedIsVendored() throws Exception {
        TreeSet<String> listed = new TreeSet<>();
        sums().forEach(e -> listed.add(e[1]));
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCE)) {
            files.filter(Files::isRegularFile).map(p -> SOURCE.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("SHA256SUMS")).forEach(present::add);
        }
        assertEquals(listed, present);
        assertTrue(present.containsAll(List.of("cytoscape.min.js", "dagre.min.js", "cytoscape-dagre.js", "yasgui.min.js",
                "licenses/cytoscape.LICENSE.txt", "licenses/dagre.LICENSE.txt", "licenses/cytoscape-dagre.LICENSE.txt",
                "licenses/triply_yasgui.LICENSE.txt")), present.toString());
    }
}
