package org.policykg.pipeline;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.policykg.rdf.Iris;

/** The file name a document graph is named after (its IRI is the name, percent-encoded). */
final class DocumentNames {

    private DocumentNames() {}

    static String fileName(String documentIri) {
        String encoded = documentIri.substring(Iris.document("").length());
        return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
