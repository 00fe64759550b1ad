package org.policykg.query;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.problem.InvalidArgumentException;

/**
 * The type a canned query's header gives a parameter ({@code # param: from xsd:date = 2023-01-01}),
 * as RDF4J's typed settings do: the value is checked before the query runs and bound as the RDF node
 * the data holds, so the query matches it by index instead of comparing strings.
 */
public enum ParamType {
    STRING("string", "text"),
    DATE("xsd:date", "a date as yyyy-mm-dd, e.g. 2023-01-01"),
    INTEGER("xsd:integer", "a whole number, e.g. 12"),
    DECIMAL("xsd:decimal", "a number, e.g. 0.25"),
    BOOLEAN("xsd:boolean", "true or false"),
    IRI("iri", "an IRI starting with http:// or https://"),
    /** A task: its IRI or source:list:task (a file-name prefix will do), resolved to the task's IRI. */
    TASK_REF("task-ref", "a task as source:list:task (e.g. 001_1ee4ff36028791ed.txt:1:12 or 001:1:12) or its IRI"),
    /** A unit by any name it is written with or its canonical name, bound as the Chinese name literal. */
    UNIT_NAME("unit-name", "a unit's name as written or its canonical name, e.g. 区发改局"),
    /** A government the store's documents are from or under, by its code or name, bound as the jurisdiction's IRI. */
    JURISDICTION("jurisdiction", "a jurisdiction's GB/T 2260 code or name, e.g. 440300 or 深圳市");

    public final String notation;
    public final String expected;

    ParamType(String notation, String expected) {
        this.notation = notation;
        this.expected = expected;
    }

    public static ParamType of(String notation) {
        return Arrays.stream(values()).filter(t -> t.notation.equals(notation)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown parameter type '" + notation + "' (use "
                        + Arrays.stream(values()).map(t -> t.notation).collect(Collectors.joining(", ")) + ")"));
    }

    /**
     * The RDF node for {@code value}. @throws IllegalArgumentException naming the parameter and the
     * expected form when the value does not fit, or names nothing in the store
     */
    public RDFNode resolve(String name, String value, Dataset dataset) {
        return switch (this) {
            case STRING -> ResourceFactory.createStringLiteral(value);
            case DATE -> typed(name, value, XSDDatatype.XSDdate);
            case INTEGER -> typed(name, value, XSDDatatype.XSDinteger);
            case DECIMAL -> typed(name, value, XSDDatatype.XSDdecimal);
            case BOOLEAN -> typed(name, value, XSDDatatype.XSDboolean);
            case IRI -> {
                if (!value.startsWith("http://") && !value.startsWith("https://")) throw bad(name, value);
                yield ResourceFactory.createResource(value);
            }
            case TASK_REF -> {
                try {
                    yield ResourceFactory.createResource(new TaskReferences(dataset).resolve(value));
                } catch (TaskReferences.UnknownTaskException e) {
                    throw new InvalidArgumentException("-p " + name + "=" + value + ": " + e.getMessage());
                }
            }
            case UNIT_NAME -> unit(name, value, dataset);
            case JURISDICTION -> JurisdictionParameter.resolve(name, value, dataset);
        };
    }

    private RDFNode typed(String name, String value, XSDDatatype type) {
        if (!type.isValid(value)) throw bad(name, value);
        return ResourceFactory.createTypedLiteral(value, type);
    }

    private InvalidArgumentException bad(String name, String value) {
        return new InvalidArgumentException("-p " + name + "=" + value + ": expected " + expected);
    }

    private static RDFNode unit(String name, String value, Dataset dataset) {
        RDFNode literal = ResourceFactory.createLangLiteral(value.strip(), "zh");
        QuerySolutionMap b = new QuerySolutionMap();
        b.add("name", literal);
        boolean known = dataset.calculateRead(() -> {
            try (QueryExecution qe = QueryExecution.dataset(dataset).query(SparqlResource.load("unit-by-name")).substitution(b).build()) {
                return qe.execAsk();
            }
        });
        if (!known) throw new InvalidArgumentException("-p " + name + "=" + value + ": no unit is named or written '" + value.strip()
                + "' in the store (names are as the documents write them, e.g. 区发改局; 'policykg search " + value.strip() + "' finds near ones)");
        return literal;
    }
}
