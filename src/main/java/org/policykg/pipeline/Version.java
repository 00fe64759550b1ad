package org.policykg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The policykg version, recorded on every document as its extractor version: a document whose
 * bytes and extractor are unchanged is not rebuilt.
 */
public final class Version {

    public static final String VALUE = read();

    private Version() {}

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/org/policykg/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
