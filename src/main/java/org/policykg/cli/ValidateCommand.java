package org.policykg.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.policykg.query.Validator;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks the store against the shapes / 校验数据",
            "Validates the store against ontology/shapes.ttl (SHACL) and compares the task counts notices state",
            "with the tasks extracted; prints the findings grouped by shape, with document and task.",
            "按 ontology/shapes.ttl(SHACL)校验数据库,并核对通知自述的任务数,按约束分组列出问题。"},
        footer = {"", "Exit code 1 when there is a violation; warnings alone exit 0. / 有违规时退出码为 1。",
            "", "Examples / 示例:", "  policykg validate", "  policykg validate --limit 100 --store /tmp/kg"})
final class ValidateCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = {"Findings shown per shape (default: ${DEFAULT-VALUE})", "每个约束最多显示的问题数"})
    int limit;

    @Override
    public Integer call() {
        try (Tdb2Store kg = store.open()) {
            Validator.Report report = new Validator().validate(kg.dataset());
            for (Map.Entry<String, List<Validator.Finding>> e : report.byShape().entrySet()) {
                root.out.println(e.getKey() + ": " + e.getValue().size() + " finding(s)");
                e.getValue().stream().limit(limit).forEach(f ->
                        root.out.println("  " + (f.violation() ? "violation" : "warning") + "  " + f.where() + ": " + f.message()));
                if (e.getValue().size() > limit) root.out.println("  … " + (e.getValue().size() - limit) + " more");
            }
            report.countMismatches().forEach(m -> root.out.println("count: " + m));
            root.out.println(root.language().message("validation", report.violations(), report.warnings()));
            return report.violations() > 0 ? ExitCodes.ERROR : ExitCodes.OK;
        }
    }
}
