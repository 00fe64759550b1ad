package org.policykg.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.problem.InvalidArgumentException;

/**
 * A {@code jurisdiction} parameter: a government the store's documents are from, or one they are
 * part of (a province above its cities' notices), given by its GB/T 2260 code (440300) or its name
 * (深圳市, or the start of it: 深圳), bound as the jurisdiction's IRI. A code or a whole name is
 * taken before a name's start; a value that fits several (two cities' 朝阳区) is an error listing
 * them with their codes.
 */
final class JurisdictionParameter {

    /** The most candidates an error lists. */
    private static final int SHOWN = 8;

    private JurisdictionParameter() {}

    static RDFNode resolve(String name, String value, Dataset dataset) {
        String wanted = value.strip();
        List<Candidate> chosen = candidates("jurisdictions-named", wanted, dataset);
        if (chosen.isEmpty()) chosen = candidates("jurisdictions-starting-with", wanted, dataset);
        if (chosen.size() == 1) return ResourceFactory.createResource(chosen.get(0).iri);
        String given = "-p " + name + "=" + value + ": ";
        if (chosen.isEmpty()) {
            throw new InvalidArgumentException(given + "no document of the store is from a jurisdiction coded or named '" + wanted
                    + "' or from one under it (give a GB/T 2260 code such as 440300 or a name such as 深圳市; 'policykg query documents' lists the documents' jurisdictions)");
        }
        List<String> listed = new ArrayList<>();
        for (Candidate c : chosen.subList(0, Math.min(SHOWN, chosen.size()))) listed.add(c.describe());
        throw new InvalidArgumentException(given + "fits " + chosen.size() + " jurisdictions: " + String.join(", ", listed)
                + (chosen.size() > SHOWN ? ", …" : "") + "; give the code");
    }

    /** The rows of the internal query {@code query} for the value: its code or name, or the start of a name. */
    private static List<Candidate> candidates(String query, String wanted, Dataset dataset) {
        QuerySolutionMap b = new QuerySolutionMap();
        b.add("value", ResourceFactory.createStringLiteral(wanted));
        b.add("name_zh", ResourceFactory.createLangLiteral(wanted, "zh"));
        // columns j, code, name, parent (empty when the jurisdiction is part of none)
        return new QueryRunner(dataset).select(SparqlResource.load(query), b, 0).rows().stream()
                .map(r -> new Candidate(r.get(0), r.get(1), r.get(2), r.get(3))).toList();
    }

    private record Candidate(String iri, String code, String name, String parent) {
        String describe() {
            return code + " " + parent + name;
        }
    }
}
