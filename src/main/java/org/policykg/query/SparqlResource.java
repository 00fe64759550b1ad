package org.policykg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/**
 * Internal queries, kept as .rq files on the classpath next to the class that runs them
 * (org/policykg/PACKAGE/NAME.rq): SPARQL lives in .rq files, never in Java strings.
 */
public final class SparqlResource {

    private SparqlResource() {}

    static Query load(String name) {
        return load(SparqlResource.class, name);
    }

    /** The query NAME.rq of the package of {@code beside}, parsed; values are bound at execution, never pasted in. */
    public static Query load(Class<?> beside, String name) {
        return QueryFactory.create(text("/" + beside.getPackageName().replace('.', '/') + "/" + name + ".rq"));
    }

    /** The text of the .rq file at an absolute classpath path; a missing one is a packaging error. */
    public static String text(String path) {
        try (InputStream in = SparqlResource.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
