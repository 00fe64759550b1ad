package org.policykg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * Passes quads on and digests them: the digest is the graph's index stamp, so the same content
 * always gets the same stamp and rebuilding an unchanged graph changes nothing.
 */
final class StampingStream extends StreamRDFWrapper {

    private final MessageDigest digest;

    StampingStream(StreamRDF other) {
        super(other);
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public void quad(Quad quad) {
        add(quad.getGraph());
        add(quad.getSubject(), quad.getPredicate(), quad.getObject());
        super.quad(quad);
    }

    @Override
    public void triple(Triple triple) {
        add(triple.getSubject(), triple.getPredicate(), triple.getObject());
        super.triple(triple);
    }

    private void add(Node s, Node p, Node o) {
        add(s);
        add(p);
        add(o);
        digest.update((byte) '\n');
    }

    /**
     * A node's kind and parts, each ended by a byte no text holds (NUL): unambiguous, and much
     * cheaper than writing N-Quads, which weighed a fifth of a large load.
     */
    private void add(Node node) {
        if (node.isURI()) {
            part('U', node.getURI());
        } else if (node.isLiteral()) {
            part('L', node.getLiteralLexicalForm());
            part('T', node.getLiteralDatatypeURI());
            part('@', node.getLiteralLanguage());
        } else if (node.isBlank()) {
            part('B', node.getBlankNodeLabel());
        } else {
            part('N', node.toString());
        }
    }

    private void part(char kind, String text) {
        digest.update((byte) kind);
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    String stamp() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
