package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C PROV-O terms policykg uses (Jena ships no PROV vocabulary class). */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    private PROV() {}

    public static final Resource Association = ResourceFactory.createResource(NS + "Association");
    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Plan = ResourceFactory.createResource(NS + "Plan");
    public static final Property agent = ResourceFactory.createProperty(NS, "agent");
    public static final Property hadRole = ResourceFactory.createProperty(NS, "hadRole");
    public static final Property generatedAtTime = ResourceFactory.createProperty(NS, "generatedAtTime");
    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
}
