package org.policykg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The policykg version and build, recorded on every document as its extractor version: a document
 * whose bytes and extractor are unchanged is not rebuilt, and a new build re-reads every document.
 */
public final class Version {

    private static final Properties PROPERTIES = read();

    public static final String VALUE = PROPERTIES.getProperty("version", "dev") + build();

    /** The Apache Jena release policykg was built with. */
    public static final String JENA = PROPERTIES.getProperty("jena", "unknown");

    private Version() {}

    private static String build() {
        String build = PROPERTIES.getProperty("build", "");
        return build.isEmpty() || build.startsWith("$") ? "" : "+" + build;
    }

    private static Properties read() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/org/policykg/version.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            // no properties: the version reads as "dev"
        }
        return p;
    }
}
