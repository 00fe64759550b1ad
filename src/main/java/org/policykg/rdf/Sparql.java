package org.policykg.rdf;

/** The prefix declarations every query of the code starts with, made from the vocabularies' namespaces. */
public final class Sparql {

    public static final String PREFIXES = String.join("\n",
            "PREFIX pkg: <" + PKG.NS + ">",
            "PREFIX prov: <" + PROV.NS + ">",
            "PREFIX qudt: <" + QUDT.NS + ">",
            "PREFIX time: <" + TIME.NS + ">",
            "PREFIX org: <http://www.w3.org/ns/org#>",
            "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
            "PREFIX dcterms: <http://purl.org/dc/terms/>",
            "PREFIX text: <http://jena.apache.org/text#>",
            "");

    private Sparql() {}
}
