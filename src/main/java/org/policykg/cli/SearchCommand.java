package org.policykg.cli;

import java.util.concurrent.Callable;
import org.policykg.query.TaskSearch;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches task texts / 全文检索任务",
            "Finds the tasks whose text matches the words (full-text index of the store), best first, with their",
            "document, units and a snippet that marks the match 【like this】.",
            "按关键词检索任务正文,列出文件、责任单位和标出命中的片段。"},
        footer = {"", "Examples:", "  policykg search 停车泊位", "  policykg search 老旧小区 改造 --limit 5"})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = "Words to search for / 检索词")
    java.util.List<String> words;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = "At most N tasks (default: ${DEFAULT-VALUE})")
    int limit;

    @Override
    public Integer call() {
        try (Tdb2Store kg = store.open()) {
            var hits = new TaskSearch(kg.dataset()).search(String.join(" ", words), limit);
            for (TaskSearch.Hit h : hits) {
                root.out.printf("%s:%d:%s  (%.2f)  %s%n", h.source(), h.list(), h.task(), h.score(), h.jurisdiction());
                root.out.println("    " + h.snippet());
                if (!h.units().isEmpty()) root.out.println("    " + h.units());
            }
            root.err.println(hits.size() + " task(s)");
        }
        return ExitCodes.OK;
    }
}
