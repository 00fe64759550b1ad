package org.policykg.store;

import java.util.List;
import org.apache.jena.sparql.core.Quad;

/**
 * A graph's new content, held in memory, with its index stamp: made where the graph is prepared
 * (a worker thread), so that the write transaction only writes.
 * @param graph the graph's IRI
 * @param quads its content, every quad in {@code graph}
 * @param stamp the digest of {@code quads} (see {@link StampingStream})
 */
public record StampedGraph(String graph, List<Quad> quads, String stamp) {

    public static StampedGraph of(String graph, List<Quad> quads) {
        StampingStream digest = new StampingStream(org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        quads.forEach(digest::quad);
        return new StampedGraph(graph, List.copyOf(quads), digest.stamp());
    }
}
