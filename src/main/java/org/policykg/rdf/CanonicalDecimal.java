package org.policykg.rdf;

import java.math.BigDecimal;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * xsd:decimal literals in their XSD canonical form (61.0, 6.5), the form TDB2 stores, so a literal
 * written and the literal read back are the same term.
 */
public final class CanonicalDecimal {

    private CanonicalDecimal() {}

    public static Node of(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return NodeFactory.createLiteralDT(plain.contains(".") ? plain : plain + ".0", XSDDatatype.XSDdecimal);
    }

    public static Node of(double value) {
        return of(BigDecimal.valueOf(value));
    }
}
