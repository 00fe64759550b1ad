package org.policykg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** Internal queries, kept as .rq files on the classpath (this package's in org/policykg/query/NAME.rq). */
public final class SparqlResource {

    private SparqlResource() {}

    static Query load(String name) {
        return QueryFactory.create(text("/org/policykg/query/" + name + ".rq"));
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
