package org.policykg.cli;

import java.util.concurrent.Callable;
import org.policykg.pipeline.StoreCounts;
import org.policykg.query.OutputFormat;
import org.policykg.query.QueryRunner;
import org.policykg.query.SparqlResource;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts what the store holds / 统计数据库内容", "Counts what the store holds, in total and per document.", "统计数据库内容:总数与各文件明细。"},
        footer = {"", "Examples / 示例:", "  policykg stats", "  policykg stats --store /tmp/kg --lang zh"})
final class StatsCommand implements Callable<Integer> {

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
            new QueryRunner(kg.dataset()).run(SparqlResource.load(StatsCommand.class, "per-document"), new org.apache.jena.query.QuerySolutionMap(), OutputFormat.TABLE, 0,
                    root.out, lang::labels);
        }
        return ExitCodes.OK;
    }
}
