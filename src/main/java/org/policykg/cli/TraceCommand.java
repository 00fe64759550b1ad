package org.policykg.cli;

import java.util.concurrent.Callable;
import org.policykg.store.Tdb2Store;
import org.policykg.trace.Cascade;
import org.policykg.trace.CascadeTracer;
import org.policykg.export.CascadeGraph;
import org.policykg.export.GraphWriters;
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
            "  policykg trace 新增停车泊位12万个 --min-score 0.2 --format dot -o cascade.dot",
            "  dot -Tpng cascade.dot > cascade.png"})
final class TraceCommand implements Callable<Integer> {

    enum Format { TREE, JSON, DOT }

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Mixin
    OutputOption output;

    @Parameters(paramLabel = "TASK", description = {"An IRI, source:list:task (a file-name prefix will do), or words of the task's text",
        "任务:IRI、文件:清单:编号(文件名前缀即可)或任务正文中的词"})
    String task;

    @Option(names = {"-f", "--format"}, defaultValue = "tree", description = {"${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})", "输出格式"})
    Format format;

    @Option(names = "--min-score", defaultValue = "-1", paramLabel = "S",
            description = {"Follow every candidate link from this score (default: the accepted links only)", "跟随得分不低于 S 的候选链接(默认仅采纳的链接)"})
    double minScore;

    @Option(names = "--depth", defaultValue = "3", paramLabel = "N", description = {"Levels to follow up and down (default: ${DEFAULT-VALUE})", "向上、向下追踪的层数"})
    int depth;

    @Override
    public Integer call() {
        try (Tdb2Store kg = store.open()) {
            CascadeTracer tracer = new CascadeTracer(kg.dataset(), minScore, depth);
            Cascade cascade = tracer.trace(tracer.find(task));
            output.write(root.out, false, out -> {
                switch (format) {
                    case JSON -> JsonRenderer.render(cascade, out);
                    case DOT -> GraphWriters.dot(CascadeGraph.of(cascade), "cascade", out);
                    default -> TreeRenderer.render(cascade, out, root.language()::word);
                }
                return 1;
            });
            root.out.flush();
        }
        return ExitCodes.OK;
    }
}
