package org.policykg.query;

import org.policykg.rdf.Sparql;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** Full-text search of tasks through jena-text's text:query, with a snippet that marks the match. */
public final class TaskSearch {

    private static final int SNIPPET = 60;

    private static final String QUERY = Sparql.PREFIXES + """
            SELECT ?t ?score ?source ?list ?task ?text ?jurisdiction
                   (GROUP_CONCAT(CONCAT(STRAFTER(STR(?rc), "#"), " ", STR(?un)); separator="; ") AS ?units)
            WHERE {
              (?t ?score) text:query (pkg:text ?q ?limit) .
              ?t pkg:taskNumber ?task ; pkg:text ?text ; pkg:inList ?l .
              ?l pkg:listNumber ?list ; dcterms:isPartOf/pkg:fileName ?source ; pkg:implementsPlan/pkg:jurisdiction/rdfs:label ?jurisdiction .
              OPTIONAL { ?t pkg:responsibility ?r . ?r prov:hadRole ?rc ; prov:agent/skos:prefLabel ?un }
            }
            GROUP BY ?t ?score ?source ?list ?task ?text ?jurisdiction
            ORDER BY DESC(?score) ?source ?list ?task""";

    private final Dataset dataset;

    public TaskSearch(Dataset dataset) {
        this.dataset = dataset;
    }

    public record Hit(String iri, double score, String source, int list, String task, String jurisdiction, String snippet, String units) {}

    public List<Hit> search(String words, int limit) {
        ParameterizedSparqlString q = new ParameterizedSparqlString(QUERY);
        q.setLiteral("q", words);
        q.setLiteral("limit", limit);
        return dataset.calculateRead(() -> {
            List<Hit> hits = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.create(q.asQuery(), dataset)) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) hits.add(hit(rs.next(), words));
            }
            return hits;
        });
    }

    private static Hit hit(QuerySolution r, String words) {
        String text = r.getLiteral("text").getString();
        return new Hit(r.getResource("t").getURI(), r.getLiteral("score").getDouble(), r.getLiteral("source").getString(),
                r.getLiteral("list").getInt(), r.getLiteral("task").getString(), r.getLiteral("jurisdiction").getString(),
                snippet(text, words), r.contains("units") ? r.getLiteral("units").getString() : "");
    }

    /** The text around the first word found, the words marked 【…】; else the text's start. */
    static String snippet(String text, String words) {
        int at = -1;
        for (String w : words.split("\\s+")) {
            int i = text.indexOf(w);
            if (i >= 0 && (at < 0 || i < at)) at = i;
        }
        int from = Math.max(0, at - SNIPPET / 3);
        String window = text.substring(from, Math.min(text.length(), from + SNIPPET));
        for (String w : words.split("\\s+")) if (!w.isEmpty()) window = window.replace(w, "【" + w + "】");
        return (from > 0 ? "…" : "") + window + (from + SNIPPET < text.length() ? "…" : "");
    }
}
