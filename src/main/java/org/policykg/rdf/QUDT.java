package org.policykg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The QUDT terms policykg uses for targets; unit IRIs come from {@code MeasureUnits}. */
public final class QUDT {

    public static final String NS = "http://qudt.org/schema/qudt/";

    private QUDT() {}

    public static final Resource QuantityValue = ResourceFactory.createResource(NS + "QuantityValue");
    public static final Property numericValue = ResourceFactory.createProperty(NS, "numericValue");
    /** The unit of a quantity value; QUDT 2.1 had qudt:unit, deprecated and gone from QUDT 3. */
    public static final Property hasUnit = ResourceFactory.createProperty(NS, "hasUnit");
}
