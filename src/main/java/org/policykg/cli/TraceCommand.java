package org.policykg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.store.Tdb2Store;
import org.policykg.trace.Cascade;
import org.policykg.trace.CascadeTracer;
import org.policykg.trace.DotRenderer;
import org.policykg.trace.JsonRenderer;
import org.policykg.trace.TreeRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "trace", mixinStandardHelpOptions = true,
        description = {"Traces a task up and down its cascade / 追踪任务的上下级链条",
            "Follows contributes-to links from a task up to the province and down to the districts.",
            "从任务出发,沿支撑关系向上追到省级、向下追到区县,列出各级任务、责任单位与目标值。"},
        footer = {"", "Examples:",
            "  policykg trace 001_1ee4ff36028791ed.txt:1:12",
            "  policykg trace 001:3:29 --format json",
            "  policykg trace 停车泊位 --min-score 0.2 --format dot | dot -Tpng > cascade.png"})
final class TraceCommand implements Callable<Integer> {

    enum Format { TREE, JSON, DOT }

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "TASK", description = "An IRI, source:list:task (a file-name prefix will do), or words of the task's text")
    String task;

    @Option(names = {"-f", "--format"}, defaultValue = "tree", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--min-score", defaultValue = "-1", paramLabel = "S",
            description = "Follow every candidate link from this score (default: the accepted links only)")
    double minScore;

    @Option(names = "--depth", defaultValue = "3", paramLabel = "N", description = "Levels to follow up and down (default: ${DEFAULT-VALUE})")
    int depth;

    @Override
    public Integer call() {
        try (Tdb2Store kg = store.open()) {
            CascadeTracer tracer = new CascadeTracer(kg.dataset(), minScore, depth);
            List<String> found = tracer.find(task);
            if (found.isEmpty()) {
                root.err.println("policykg: no task matches '" + task + "' (give an IRI, source:list:task, or words of its text)");
                return ExitCodes.ERROR;
            }
            if (found.size() > 1) {
                root.err.println(found.size() + " tasks match; tracing the first, " + found.get(0) + " (others: "
                        + String.join(", ", found.subList(1, Math.min(found.size(), 6))) + (found.size() > 6 ? ", …" : "") + ")");
            }
            Cascade cascade = tracer.trace(found.get(0));
            switch (format) {
                case JSON -> JsonRenderer.render(cascade, root.out);
                case DOT -> DotRenderer.render(cascade, root.out);
                default -> TreeRenderer.render(cascade, root.out);
            }
            root.out.flush();
        }
        return ExitCodes.OK;
    }
}
