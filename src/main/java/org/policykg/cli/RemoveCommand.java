package org.policykg.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.pipeline.DocumentRemoval;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Removes documents from the store / 从数据库删除文件",
            "Removes documents, the links to their tasks and their full-text entries in one transaction, then relinks and compacts.",
            "在一个事务中删除文件、指向其任务的链接及其全文索引条目,然后重建链接并压缩数据库。"},
        footer = {"", "Examples:",
            "  policykg remove 003_345fd75f9cf043fb.txt",
            "  policykg remove old.html older.txt --store /tmp/kg",
            "Documents are known by their file name, as 'policykg stats' lists them. 文件以文件名标识,见 policykg stats。"})
final class RemoveCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "SOURCE", arity = "1..*", description = {"File names of stored documents", "已入库文件的文件名"})
    List<String> sources;

    @Override
    public Integer call() {
        try (Tdb2Store kg = store.open(Tdb2Store.Mode.WRITE)) {
            DocumentRemoval.Result r = new DocumentRemoval(Gazetteer.load()).remove(kg, sources);
            for (String source : r.unknown()) {
                root.err.println(source + ": error: no such document in the store " + kg.location() + " (policykg stats lists them)");
            }
            for (String source : r.removed()) root.err.println(source + ": removed");
            root.out.printf("removed %d document(s)%s%n", r.removed().size(), r.links() != null ? "; links: " + r.links() : "");
            if (r.unknown().isEmpty()) return ExitCodes.OK;
            return r.removed().isEmpty() ? ExitCodes.ERROR : ExitCodes.PARTIAL;
        }
    }
}
