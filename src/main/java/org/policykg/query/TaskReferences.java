package org.policykg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Resolves what a user writes for a task, the same way for {@code trace}, {@code -p task=} and
 * exports: the task's IRI, or {@code source:list:task} where source is the file name or a prefix
 * of it that only one file has ({@code 001:1:12}); {@code trace} also takes words of the text.
 * A reference that fits several tasks is an error that lists them, never a silent first pick.
 */
public final class TaskReferences {

    private static final Pattern ID = Pattern.compile("^(.+):(\\d+):([^:]+)$");
    private static final int SHOWN = 6;

    private final Dataset dataset;

    public TaskReferences(Dataset dataset) {
        this.dataset = dataset;
    }

    /** The task IRI {@code ref} names (an IRI or source:list:task). @throws IllegalArgumentException if none or several */
    public String resolve(String ref) {
        return one(ref, candidates(ref, false), "give the task's IRI or source:list:task, as 'policykg search' prints it");
    }

    /** As {@link #resolve}, also taking words of the task's text. */
    public String resolveOrSearch(String ref) {
        return one(ref, candidates(ref, true), "give an IRI, source:list:task, or words of its text");
    }

    private List<Candidate> candidates(String ref, boolean words) {
        return dataset.calculateRead(() -> {
            String r = ref.strip();
            if (r.startsWith("http://") || r.startsWith("https://")) {
                QuerySolutionMap b = new QuerySolutionMap();
                b.add("task", ResourceFactory.createResource(r));
                try (QueryExecution qe = QueryExecution.dataset(dataset).query(SparqlResource.load("task-by-iri")).substitution(b).build()) {
                    return qe.execAsk() ? List.of(new Candidate(r, r)) : List.<Candidate>of();
                }
            }
            Matcher id = ID.matcher(r);
            if (id.matches()) return byId(id.group(1), Integer.parseInt(id.group(2)), id.group(3));
            if (!words) return List.<Candidate>of();
            QuerySolutionMap b = new QuerySolutionMap();
            b.add("words", ResourceFactory.createStringLiteral(r));
            return select(SparqlResource.load("task-by-words"), b, s -> s.getLiteral("source").getString() + ":"
                    + s.getLiteral("list").getInt() + ":" + s.getLiteral("number").getString());
        });
    }

    /** Tasks of the files whose name is {@code prefix} or starts with it; an exact file name wins over longer ones. */
    private List<Candidate> byId(String prefix, int list, String number) {
        QuerySolutionMap b = new QuerySolutionMap();
        b.add("prefix", ResourceFactory.createStringLiteral(prefix));
        b.add("list", ResourceFactory.createTypedLiteral(String.valueOf(list), XSDDatatype.XSDinteger));
        b.add("number", ResourceFactory.createStringLiteral(number));
        List<Candidate> all = select(SparqlResource.load("task-by-id"), b,
                s -> s.getLiteral("source").getString() + ":" + list + ":" + number);
        List<Candidate> exact = all.stream().filter(c -> c.label().equals(prefix + ":" + list + ":" + number)).toList();
        return exact.isEmpty() ? all : exact;
    }

    private List<Candidate> select(Query query, QuerySolutionMap binding, java.util.function.Function<QuerySolution, String> label) {
        List<Candidate> found = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).substitution(binding).build()) {
            qe.execSelect().forEachRemaining(s -> found.add(new Candidate(s.getResource("task").getURI(), label.apply(s))));
        }
        return found;
    }

    private static String one(String ref, List<Candidate> found, String hint) {
        if (found.isEmpty()) throw new UnknownTaskException("no task matches '" + ref + "' (" + hint + ")");
        if (found.size() == 1) return found.get(0).iri();
        List<String> labels = found.stream().map(Candidate::label).distinct().toList();
        throw new UnknownTaskException("'" + ref + "' matches " + found.size() + " tasks: "
                + String.join(", ", labels.subList(0, Math.min(SHOWN, labels.size()))) + (labels.size() > SHOWN ? ", …" : "")
                + " (name one of them)");
    }

    private record Candidate(String iri, String label) {}

    /** A task reference that names no task, or several. */
    public static final class UnknownTaskException extends org.policykg.problem.InvalidArgumentException {
        UnknownTaskException(String message) {
            super(message);
        }
    }
}
