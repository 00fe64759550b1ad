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
        footer = {"", "Examples / 示例:", "  policykg search 停车泊位", "  policykg search 老旧小区 改造 --limit 5",
            "  policykg search 城发集团            # the tasks of a unit, by its name",
            "  policykg search '停车* AND 充电' --syntax lucene"})
final class SearchCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "WORDS", arity = "1..*", description = {"Words of a task's text or a unit's name", "任务正文或单位名称中的词"})
    java.util.List<String> words;

    @Option(names = "--limit", defaultValue = "20", paramLabel = "N", description = {"At most N tasks (default: ${DEFAULT-VALUE})", "最多 N 项任务"})
    int limit;

    @Option(names = "--syntax", defaultValue = "plain", paramLabel = "SYNTAX",
            description = {"plain: the words as typed (default); lucene: Lucene query syntax, with wildcards, AND/OR and fields",
                "plain:按输入原样检索(默认);lucene:使用 Lucene 查询语法(通配符、AND/OR、字段)"})
    TaskSearch.Syntax syntax;

    @Override
    public Integer call() {
        try (Tdb2Store kg = store.open()) {
            var hits = new TaskSearch(kg.dataset()).search(String.join(" ", words), limit, syntax);
            for (TaskSearch.Hit h : hits) {
                root.out.printf("%s:%d:%s  (%.2f)  %s%n", h.source(), h.list(), h.task(), h.score(), h.jurisdiction());
                root.out.println("    " + h.snippet());
                if (!h.units().isEmpty()) root.out.println("    " + root.language().units(h.units()));
            }
            root.err.println(root.language().message("tasks", hits.size()));
        }
        return ExitCodes.OK;
    }
}
