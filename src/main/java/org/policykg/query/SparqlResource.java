package org.policykg.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

/** The internal queries of this package, kept as .rq files on the classpath (org/policykg/query/NAME.rq). */
final class SparqlResource {

    private SparqlResource() {}

    static Query load(String name) {
        String path = "/org/policykg/query/" + name + ".rq";
        try (InputStream in = SparqlResource.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
