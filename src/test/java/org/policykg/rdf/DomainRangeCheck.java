package org.policykg.rdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Checks data against the domains and ranges its vocabularies declare, closed-world: a subject's
 * stated types (with their superclasses) must include every domain of the property and of its
 * superproperties, an object must fit every range (a class, a union of classes, or a datatype for a
 * literal), and every property must be declared by one of the vocabularies. Unlike a reasoner,
 * which would infer the missing types, this finds what the data does not say.
 */
final class DomainRangeCheck {

    /** The RDF, RDFS and OWL namespaces declare their own terms; no copy of them is loaded. */
    private static final List<String> BUILT_IN = List.of(RDF.getURI(), RDFS.getURI(), OWL.getURI());
    /**
     * QUDT 3 gives qudt:numericValue the range qudt:NumericUnion, declared an owl:Class, for the union
     * of the numeric XSD datatypes; the check reads it as that union.
     */
    private static final String NUMERIC_UNION = QUDT.NS + "NumericUnion";
    private static final Set<String> NUMERIC = Set.of(XSD.decimal.getURI(), XSD.integer.getURI(), XSD.xdouble.getURI(),
            XSD.xfloat.getURI(), XSD.xlong.getURI(), XSD.xint.getURI(), XSD.nonNegativeInteger.getURI());
    private static final int SHOWN = 3;

    private final Model vocabulary;
    private final Map<Node, Set<Node>> typeCache = new HashMap<>();
    private final Map<Resource, Set<Resource>> superclasses = new HashMap<>();

    DomainRangeCheck(Model vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** One line per property and kind of offence, with a few offending statements; empty when the data fits. */
    List<String> offences(Graph data) {
        Map<String, List<String>> byKind = new TreeMap<>();
        Map<Node, Set<Node>> types = typesOf(data);
        data.find().forEachRemaining(t -> check(t, types, byKind));
        List<String> lines = new ArrayList<>();
        byKind.forEach((kind, examples) -> lines.add(kind + " (" + examples.size() + "×), e.g. "
                + String.join("; ", examples.subList(0, Math.min(SHOWN, examples.size())))));
        return lines;
    }

    private void check(Triple t, Map<Node, Set<Node>> types, Map<String, List<String>> byKind) {
        Node p = t.getPredicate();
        if (BUILT_IN.stream().anyMatch(ns -> p.getURI().startsWith(ns))) return;
        Resource property = vocabulary.getResource(p.getURI());
        if (!declared(property)) {
            byKind.computeIfAbsent("<" + p.getURI() + "> is declared by no vocabulary", k -> new ArrayList<>()).add(show(t));
            return;
        }
        for (Resource domain : inherited(property, RDFS.domain)) {
            if (!fits(t.getSubject(), domain, types)) {
                byKind.computeIfAbsent("<" + p.getURI() + "> subject not in its domain " + show(domain), k -> new ArrayList<>())
                        .add(show(t) + " (types " + types.getOrDefault(t.getSubject(), Set.of()) + ")");
            }
        }
        for (Resource range : inherited(property, RDFS.range)) {
            if (!fits(t.getObject(), range, types)) {
                byKind.computeIfAbsent("<" + p.getURI() + "> object not in its range " + show(range), k -> new ArrayList<>())
                        .add(show(t));
            }
        }
    }

    private boolean declared(Resource property) {
        return vocabulary.contains(property, RDF.type) || vocabulary.contains(property, RDFS.subPropertyOf)
                || vocabulary.contains(property, RDFS.domain) || vocabulary.contains(property, RDFS.range);
    }

    /** The domains (or ranges) of a property and of all its superproperties. */
    private Set<Resource> inherited(Resource property, org.apache.jena.rdf.model.Property axis) {
        Set<Resource> found = new HashSet<>();
        Set<Resource> seen = new HashSet<>();
        Deque<Resource> todo = new ArrayDeque<>(List.of(property));
        while (!todo.isEmpty()) {
            Resource p = todo.pop();
            if (!seen.add(p)) continue;
            vocabulary.listObjectsOfProperty(p, axis).forEachRemaining(o -> found.add(o.asResource()));
            vocabulary.listObjectsOfProperty(p, RDFS.subPropertyOf).forEachRemaining(o -> todo.push(o.asResource()));
            vocabulary.listObjectsOfProperty(p, OWL.equivalentProperty).forEachRemaining(o -> todo.push(o.asResource()));
        }
        return found;
    }

    private boolean fits(Node node, Resource classOrDatatype, Map<Node, Set<Node>> types) {
        if (classOrDatatype.equals(RDFS.Resource) || classOrDatatype.equals(OWL.Thing)) return true;
        if (classOrDatatype.isAnon()) return fitsExpression(node, classOrDatatype, types);
        if (node.isLiteral()) return literalFits(node, classOrDatatype.getURI());
        if (isDatatype(classOrDatatype)) return false;
        return closedTypes(node, types).contains(classOrDatatype.asNode());
    }

    /** A union or intersection of classes; other class expressions (restrictions) are left to the reasoner. */
    private boolean fitsExpression(Node node, Resource expression, Map<Node, Set<Node>> types) {
        if (expression.hasProperty(OWL.unionOf)) {
            return members(expression, OWL.unionOf).stream().anyMatch(c -> fits(node, c, types));
        }
        if (expression.hasProperty(OWL.intersectionOf)) {
            return members(expression, OWL.intersectionOf).stream().allMatch(c -> fits(node, c, types));
        }
        return true;
    }

    private static List<Resource> members(Resource expression, org.apache.jena.rdf.model.Property list) {
        return expression.getPropertyResourceValue(list).as(RDFList.class).asJavaList().stream().map(RDFNode::asResource).toList();
    }

    private boolean literalFits(Node literal, String range) {
        String dt = literal.getLiteralDatatypeURI();
        if (range.equals(RDFS.Literal.getURI()) || range.equals(dt)) return true;
        if (range.equals(NUMERIC_UNION) || range.equals(XSD.decimal.getURI())) return NUMERIC.contains(dt);
        if (range.equals(RDF.PlainLiteral.getURI())) return dt.equals(XSD.xstring.getURI()) || dt.equals(RDF.langString.getURI());
        return false;
    }

    private boolean isDatatype(Resource r) {
        return r.getURI().startsWith(XSD.NS) || r.equals(RDFS.Literal) || r.equals(RDF.langString) || r.equals(RDF.PlainLiteral)
                || vocabulary.contains(r, RDF.type, RDFS.Datatype);
    }

    /** Stated types of the data's subjects, and of the vocabularies' (concepts are typed in the ontology). */
    private Map<Node, Set<Node>> typesOf(Graph data) {
        Map<Node, Set<Node>> types = new HashMap<>();
        data.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        vocabulary.getGraph().find(Node.ANY, RDF.type.asNode(), Node.ANY)
                .forEachRemaining(t -> types.computeIfAbsent(t.getSubject(), k -> new HashSet<>()).add(t.getObject()));
        return types;
    }

    private Set<Node> closedTypes(Node node, Map<Node, Set<Node>> types) {
        return typeCache.computeIfAbsent(node, n -> {
            Set<Node> closed = new HashSet<>();
            for (Node type : types.getOrDefault(n, Set.of())) {
                if (type.isURI()) superclassesOf(vocabulary.getResource(type.getURI())).forEach(c -> closed.add(c.asNode()));
            }
            return closed;
        });
    }

    /** A class, its superclasses and equivalent classes, transitively. */
    private Set<Resource> superclassesOf(Resource c) {
        return superclasses.computeIfAbsent(c, k -> {
            Set<Resource> seen = new HashSet<>();
            Deque<Resource> todo = new ArrayDeque<>(List.of(k));
            while (!todo.isEmpty()) {
                Resource r = todo.pop();
                if (r.isAnon() || !seen.add(r)) continue;
                vocabulary.listObjectsOfProperty(r, RDFS.subClassOf).forEachRemaining(o -> todo.push(o.asResource()));
                vocabulary.listObjectsOfProperty(r, OWL.equivalentClass).forEachRemaining(o -> todo.push(o.asResource()));
                vocabulary.listSubjectsWithProperty(OWL.equivalentClass, r).forEachRemaining(todo::push);
            }
            return seen;
        });
    }

    private static String show(Resource r) {
        return r.isAnon() ? "(a class expression)" : "<" + r.getURI() + ">";
    }

    private static String show(Triple t) {
        return t.getSubject() + " " + NodeFactory.createURI(t.getPredicate().getURI()).getLocalName() + " " + t.getObject();
    }
}
