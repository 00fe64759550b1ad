package org.policykg.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "queries", mixinStandardHelpOptions = true,
        description = {"Lists the canned queries / 列出预置查询",
            "Lists the queries of the queries/ folder with what each answers and its parameters; run one with 'policykg query NAME'."},
        footer = {"", "Example:", "  policykg queries", "  policykg query unit-portfolio -p unit=区发改局"})
final class QueriesCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Override
    public Integer call() {
        for (CannedQueries.Entry q : CannedQueries.all()) {
            root.out.println(q.name() + "  —  " + q.header().title() + "  [" + q.header().view() + "]");
            root.out.println("    " + q.header().description());
            q.header().params().forEach((name, value) -> root.out.println(value == null
                    ? "    -p " + name + "=…   (optional: " + q.header().types().get(name).expected + ")"
                    : "    -p " + name + "=" + value + "   (default)"));
        }
        return ExitCodes.OK;
    }
}
