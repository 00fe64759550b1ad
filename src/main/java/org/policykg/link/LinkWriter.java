package org.policykg.link;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.policykg.rdf.CanonicalDecimal;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;

/** Writes inferred links as facts: a link node with its kind, ends, score, rank and evidence, and a direct property. */
final class LinkWriter {

    private LinkWriter() {}

    static void write(List<Link> links, LinkKind kind, StreamRDF out) {
        Node graph = NodeFactory.createURI(Iris.linkGraph(kind.localName()));
        for (Link l : links) {
            if (l.kind() != kind) continue;
            Node node = NodeFactory.createURI(Iris.link(kind.localName(), l.child(), l.parent()));
            Node child = NodeFactory.createURI(l.child());
            Node parent = NodeFactory.createURI(l.parent());
            out.quad(Quad.create(graph, node, RDF.type.asNode(), PKG.Link.asNode()));
            out.quad(Quad.create(graph, node, PKG.linkKind.asNode(), PKG.concept(kind.localName()).asNode()));
            out.quad(Quad.create(graph, node, PKG.child.asNode(), child));
            out.quad(Quad.create(graph, node, PKG.parent.asNode(), parent));
            if (l.score() != null) {
                out.quad(Quad.create(graph, node, PKG.score.asNode(), CanonicalDecimal.of(l.score())));
            }
            out.quad(Quad.create(graph, node, PKG.rank.asNode(), NodeFactory.createLiteralDT(Integer.toString(l.rank()), XSDDatatype.XSDinteger)));
            out.quad(Quad.create(graph, node, PKG.evidence.asNode(), NodeFactory.createLiteralString(l.evidence())));
            out.quad(Quad.create(graph, node, PKG.accepted.asNode(), NodeFactory.createLiteralDT(Boolean.toString(l.accepted()), XSDDatatype.XSDboolean)));
            if (l.accepted()) out.quad(Quad.create(graph, child, direct(kind).asNode(), parent));
        }
    }

    private static Property direct(LinkKind kind) {
        return switch (kind) {
            case SAME_TASK -> PKG.sameTaskAs;
            case DERIVED_FROM -> PKG.derivedFromParagraph;
            case CONTRIBUTES_TO -> PKG.contributesTo;
            case STATED -> PKG.carriesTaskOf;
        };
    }
}
