package org.policykg.link;

import org.policykg.rdf.Sparql;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;

/** Reads from the store what the linker needs: every task with its plan's government and year, its targets, and report paragraphs. */
public final class CorpusReader {


    /** The plan of a task's list is a report (its government and year) or, for an action plan, the document. */
    private static final String TASKS = Sparql.PREFIXES + """
            SELECT ?task ?source ?list ?number ?text ?jurisdiction ?level ?year ?report WHERE {
              ?task a pkg:Task ; pkg:taskNumber ?number ; pkg:text ?text ; pkg:inList ?l ; pkg:sourceDocument ?doc ; pkg:ordinal ?o .
              ?l pkg:listNumber ?list ; pkg:implementsPlan ?plan .
              ?doc pkg:fileName ?source .
              OPTIONAL { ?plan a pkg:Report . BIND(?plan AS ?report) }
              ?plan pkg:jurisdiction ?j ; pkg:planYear ?year .
              ?j skos:notation ?jurisdiction ; pkg:level ?levelConcept .
              BIND(STRAFTER(STR(?levelConcept), "#") AS ?level)
            } ORDER BY ?source ?list ?o""";

    private static final String TARGETS = Sparql.PREFIXES + """
            SELECT ?task ?indicator ?value ?unit WHERE {
              ?task a pkg:Task ; pkg:target ?t .
              ?t pkg:indicator ?indicator ; qudt:numericValue ?value .
              OPTIONAL { ?t qudt:unit ?u } OPTIONAL { ?t pkg:measureWord ?w }
              BIND(COALESCE(STR(?u), STR(?w)) AS ?unit)
            }""";

    private static final String PARAGRAPHS = Sparql.PREFIXES + """
            SELECT ?p ?report ?text WHERE {
              ?p a pkg:ReportParagraph ; pkg:text ?text ; dcterms:isPartOf ?doc .
              ?doc pkg:isTextOf ?report .
            }""";

    private final Dataset dataset;

    public CorpusReader(Dataset dataset) {
        this.dataset = dataset;
    }

    public List<LinkTask> tasks() {
        return dataset.calculateRead(() -> {
            Map<String, List<LinkTask.Quantity>> targets = new HashMap<>();
            select(TARGETS, row -> targets.computeIfAbsent(row.getResource("task").getURI(), k -> new ArrayList<>())
                    .add(new LinkTask.Quantity(row.getLiteral("indicator").getString(), row.getLiteral("value").getDouble(),
                            row.getLiteral("unit").getString())));
            List<LinkTask> tasks = new ArrayList<>();
            select(TASKS, row -> {
                String iri = row.getResource("task").getURI();
                tasks.add(new LinkTask(iri, row.getLiteral("source").getString(), row.getLiteral("list").getInt(),
                        row.getLiteral("number").getString(), row.getLiteral("text").getString(), row.getLiteral("jurisdiction").getString(),
                        row.getLiteral("level").getString(), Integer.parseInt(row.getLiteral("year").getLexicalForm()),
                        row.contains("report") ? row.getResource("report").getURI() : null, targets.getOrDefault(iri, List.of())));
            });
            return tasks;
        });
    }

    public List<Linker.ReportParagraph> paragraphs() {
        return dataset.calculateRead(() -> {
            List<Linker.ReportParagraph> paragraphs = new ArrayList<>();
            select(PARAGRAPHS, row -> paragraphs.add(new Linker.ReportParagraph(row.getResource("p").getURI(),
                    row.getResource("report").getURI(), row.getLiteral("text").getString())));
            return paragraphs;
        });
    }

    private void select(String query, java.util.function.Consumer<QuerySolution> each) {
        try (QueryExecution qe = QueryExecution.create(query, dataset)) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) each.accept(rs.next());
        }
    }
}
