package org.policykg.cli;

import org.policykg.rdf.Sparql;
import java.util.concurrent.Callable;
import org.apache.jena.query.QueryFactory;
import org.policykg.pipeline.StoreCounts;
import org.policykg.query.OutputFormat;
import org.policykg.query.QueryRunner;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts what the store holds / 统计数据库内容", "Counts what the store holds, in total and per document.", "统计数据库内容:总数与各文件明细。"},
        footer = {"", "Examples / 示例:", "  policykg stats", "  policykg stats --store /tmp/kg --lang zh"})
final class StatsCommand implements Callable<Integer> {

    private static final String PER_DOCUMENT = Sparql.PREFIXES + """
            SELECT ?source ?kind ?jurisdiction ?year (COUNT(DISTINCT ?list) AS ?lists) (COUNT(DISTINCT ?task) AS ?tasks)
                   (COUNT(DISTINCT ?resp) AS ?responsibilities)
            WHERE {
              ?doc a pkg:Document ; pkg:fileName ?source ; a ?k .
              ?k rdfs:subClassOf pkg:Document ; rdfs:label ?kind . FILTER(lang(?kind) = "en")
              OPTIONAL { ?doc pkg:planYear ?year }
              OPTIONAL { ?doc pkg:jurisdiction/rdfs:label ?jurisdiction }
              OPTIONAL { ?doc pkg:hasList ?list . OPTIONAL { ?task pkg:inList ?list . OPTIONAL { ?task pkg:responsibility ?resp } } }
            }
            GROUP BY ?source ?kind ?jurisdiction ?year
            ORDER BY ?source""";

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Tdb2Store kg = store.open()) {
            StoreCounts c = StoreCounts.of(kg.dataset());
            Language lang = root.language();
            root.out.println(lang.message("store", kg.location(), c.documents(), c.lists(), c.tasks(), c.responsibilities(), c.units(),
                    c.paragraphs(), c.targets(), c.deadlines(), c.triples()));
            root.out.println();
            new QueryRunner(kg.dataset()).run(QueryFactory.create(PER_DOCUMENT), new org.apache.jena.query.QuerySolutionMap(), OutputFormat.TABLE, 0,
                    root.out, lang::present);
        }
        return ExitCodes.OK;
    }
}
