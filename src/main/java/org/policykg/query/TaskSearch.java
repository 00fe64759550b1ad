package org.policykg.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.QuerySolutionMap;
import org.apache.jena.rdf.model.ResourceFactory;
import org.policykg.problem.InvalidArgumentException;

/**
 * Full-text search of tasks through jena-text: the tasks whose text matches, and the tasks of the
 * units whose name contains the words (unit names are indexed too), each with a snippet that marks
 * the match. The Lucene query is built from parsed terms ({@link LuceneQueryText}) and bound into a
 * parsed SPARQL query, never pasted into its text.
 */
public final class TaskSearch {

    private static final int SNIPPET = 60;
    /** Units whose name matches are few; enough candidates to keep every one that contains the words. */
    private static final int UNIT_CANDIDATES = 1000;

    /** How the words are read: as plain words (the default), or as Lucene query syntax. */
    public enum Syntax { PLAIN, LUCENE }

    private final Dataset dataset;

    public TaskSearch(Dataset dataset) {
        this.dataset = dataset;
    }

    public record Hit(String iri, double score, String source, int list, String task, String jurisdiction, String snippet, String units) {}

    public List<Hit> search(String words, int limit) {
        return search(words, limit, Syntax.PLAIN);
    }

    /**
     * Tasks of units named with the words first (an exact name is the surest match), then tasks whose
     * text matches, best first. @throws InvalidArgumentException for Lucene syntax that does not parse
     */
    public List<Hit> search(String words, int limit, Syntax syntax) {
        String lucene = syntax == Syntax.LUCENE ? words : LuceneQueryText.plain(words);
        List<String> terms = LuceneQueryText.terms(words);
        Map<String, Hit> hits = new LinkedHashMap<>();
        try {
            dataset.executeRead(() -> {
                if (syntax == Syntax.PLAIN && terms.size() == 1) {
                    QuerySolutionMap b = binding(lucene, UNIT_CANDIDATES);
                    b.add("words", ResourceFactory.createStringLiteral(terms.get(0)));
                    select(SparqlResource.load("unit-search"), b, r -> hits.putIfAbsent(r.getResource("t").getURI(), hit(r, terms, true)));
                }
                select(SparqlResource.load("task-search"), binding(lucene, limit), r -> hits.putIfAbsent(r.getResource("t").getURI(), hit(r, terms, false)));
            });
        } catch (RuntimeException e) {
            throw syntaxError(e, words);
        }
        return hits.values().stream().limit(limit).toList();
    }

    private static QuerySolutionMap binding(String lucene, int limit) {
        QuerySolutionMap b = new QuerySolutionMap();
        b.add("q", ResourceFactory.createStringLiteral(lucene));
        b.add("limit", ResourceFactory.createTypedLiteral(limit));
        return b;
    }

    private void select(Query query, QuerySolutionMap binding, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query).substitution(binding).build()) {
            qe.execSelect().forEachRemaining(each);
        }
    }

    /** A Lucene parse error as one line; anything else as it was. */
    private static RuntimeException syntaxError(RuntimeException e, String words) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof org.apache.lucene.queryparser.classic.ParseException
                    || c instanceof org.apache.jena.query.text.TextIndexParseException) {
                String first = String.valueOf(c.getMessage()).lines().findFirst().orElse("").replaceFirst("^Cannot parse '.*?': ", "");
                return new InvalidArgumentException("search: '" + words + "' is not a valid Lucene query (" + first.strip()
                        + "); without --syntax lucene the words are searched as they are");
            }
        }
        return e;
    }

    private static Hit hit(QuerySolution r, List<String> terms, boolean byUnit) {
        String text = r.getLiteral("text").getString();
        String units = r.contains("units") ? r.getLiteral("units").getString() : "";
        if (byUnit) for (String t : terms) units = units.replace(t, "【" + t + "】");
        return new Hit(r.getResource("t").getURI(), r.getLiteral("score").getDouble(), r.getLiteral("source").getString(),
                r.getLiteral("list").getInt(), r.getLiteral("task").getString(), r.getLiteral("jurisdiction").getString(),
                snippet(text, String.join(" ", terms)), units);
    }

    /** The text around the first word found, the words marked 【…】; else the text's start. */
    static String snippet(String text, String words) {
        int at = -1;
        for (String w : words.split("\\s+")) {
            if (w.isEmpty()) continue;
            int i = text.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        int from = Math.max(0, at - SNIPPET / 3);
        String window = text.substring(from, Math.min(text.length(), from + SNIPPET));
        for (String w : words.split("\\s+")) if (!w.isEmpty()) window = window.replace(w, "【" + w + "】");
        return (from > 0 ? "…" : "") + window + (from + SNIPPET < text.length() ? "…" : "");
    }
}
