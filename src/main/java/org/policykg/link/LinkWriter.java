package org.policykg.link;

import java.math.BigDecimal;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.rdf.QuadEmitter;

/** Writes inferred links of one kind as facts: a link node with its kind, ends, score, rank and evidence, and a direct property. */
final class LinkWriter {

    private final LinkKind kind;
    private final QuadEmitter q;

    LinkWriter(LinkKind kind, StreamRDF out) {
        this.kind = kind;
        this.q = new QuadEmitter(out, Iris.linkGraph(kind.localName()));
    }

    void write(Link l) {
        if (l.kind() != kind) throw new IllegalArgumentException("a " + l.kind() + " link in the " + kind + " graph");
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

    private static Property direct(LinkKind kind) {
        return switch (kind) {
            case SAME_TASK -> PKG.sameTaskAs;
            case DERIVED_FROM -> PKG.derivedFromParagraph;
            case CONTRIBUTES_TO -> PKG.contributesTo;
        };
    }
}
