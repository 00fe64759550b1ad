package org.policykg.rdf;

import java.time.Instant;
import java.time.LocalDate;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/** Writes statements of one named graph to a {@link StreamRDF}; nulls are skipped, not written. */
public final class QuadEmitter {

    private final StreamRDF out;
    private final Node graph;

    public QuadEmitter(StreamRDF out, String graphIri) {
        this.out = out;
        this.graph = NodeFactory.createURI(graphIri);
    }

    public static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    public void type(Node s, Resource type) {
        emit(s, RDF.type.asNode(), type.asNode());
    }

    public void link(Node s, Property p, Node o) {
        if (o != null) emit(s, p.asNode(), o);
    }

    public void link(Node s, Property p, Resource o) {
        if (o != null) emit(s, p.asNode(), o.asNode());
    }

    public void string(Node s, Property p, String value) {
        if (value != null) emit(s, p.asNode(), NodeFactory.createLiteralString(value));
    }

    void zh(Node s, Property p, String value) {
        if (value != null) emit(s, p.asNode(), NodeFactory.createLiteralLang(value, "zh"));
    }

    void en(Node s, Property p, String value) {
        if (value != null) emit(s, p.asNode(), NodeFactory.createLiteralLang(value, "en"));
    }

    public void integer(Node s, Property p, long value) {
        emit(s, p.asNode(), NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger));
    }

    public void decimal(Node s, Property p, java.math.BigDecimal value) {
        if (value != null) emit(s, p.asNode(), CanonicalDecimal.of(value));
    }

    public void bool(Node s, Property p, boolean value) {
        emit(s, p.asNode(), NodeFactory.createLiteralDT(Boolean.toString(value), XSDDatatype.XSDboolean));
    }

    void date(Node s, Property p, LocalDate value) {
        if (value != null) emit(s, p.asNode(), NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdate));
    }

    void year(Node s, Property p, Integer value) {
        if (value != null) emit(s, p.asNode(), NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDgYear));
    }

    void dateTime(Node s, Property p, Instant value) {
        emit(s, p.asNode(), NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdateTime));
    }

    private void emit(Node s, Node p, Node o) {
        out.quad(Quad.create(graph, s, p, o));
    }
}
