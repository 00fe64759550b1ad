package org.policykg.rdf;

import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes policykg writes ({@code extract}, {@code export}). */
public enum RdfFormat {
    TTL(RDFFormat.TURTLE_BLOCKS, false),
    TRIG(RDFFormat.TRIG_BLOCKS, true),
    NQ(RDFFormat.NQUADS, true),
    JSONLD(RDFFormat.JSONLD11, true);

    public final RDFFormat jena;
    /** Whether the syntax keeps named graphs; Turtle gets the union of the documents' triples. */
    public final boolean quads;

    RdfFormat(RDFFormat jena, boolean quads) {
        this.jena = jena;
        this.quads = quads;
    }

    /** Syntaxes that Jena writes as a stream; JSON-LD needs the whole dataset first. */
    public boolean streams() {
        return this != JSONLD;
    }
}
