package org.policykg.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
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
        digest.update(NodeFmtLib.strNQ(quad).getBytes(StandardCharsets.UTF_8));
        super.quad(quad);
    }

    @Override
    public void triple(Triple triple) {
        digest.update(NodeFmtLib.strNT(triple.getSubject()).getBytes(StandardCharsets.UTF_8));
        digest.update(NodeFmtLib.strNT(triple.getPredicate()).getBytes(StandardCharsets.UTF_8));
        digest.update(NodeFmtLib.strNT(triple.getObject()).getBytes(StandardCharsets.UTF_8));
        super.triple(triple);
    }

    String stamp() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
