package org.policykg.link;

import java.math.BigDecimal;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.rdf.QuadEmitter;

/** Writes inferred links as facts: a link node with its kind, ends, score, rank and evidence, and a direct property. */
final class LinkWriter {

    private LinkWriter() {}

    static void write(List<Link> links, LinkKind kind, StreamRDF out) {
        QuadEmitter q = new QuadEmitter(out, Iris.linkGraph(kind.localName()));
        for (Link l : links) {
            if (l.kind() != kind) continue;
            Node node = QuadEmitter.iri(Iris.link(kind.localName(), l.child(), l.parent()));
            Node child = QuadEmitter.iri(l.child());
            Node parent = QuadEmitter.iri(l.parent());
            q.type(node, PKG.Link);
            q.link(node, PKG.linkKind, PKG.concept(kind.localName()));
            q.link(node, PKG.child, child);
            q.link(node, PKG.parent, parent);
            if (l.score() != null) q.decimal(node, PKG.score, BigDecimal.valueOf(l.score()));
            q.integer(node, PKG.rank, l.rank());
            q.string(node, PKG.evidence, l.evidence());
            q.bool(node, PKG.accepted, l.accepted());
            if (l.accepted()) q.link(child, direct(kind), parent);
        }
    }

    private static Property direct(LinkKind kind) {
        return switch (kind) {
            case SAME_TASK -> PKG.sameTaskAs;
            case DERIVED_FROM -> PKG.derivedFromParagraph;
            case CONTRIBUTES_TO -> PKG.contributesTo;
        };
    }
}
