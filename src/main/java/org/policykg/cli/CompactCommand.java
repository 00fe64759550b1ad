package org.policykg.cli;

import java.util.concurrent.Callable;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Compacts the store / 压缩数据库",
            "Writes the store's live data to a new generation and deletes the old one, and checks the full-text index against the store.",
            "把数据库的现有数据写入新一代文件并删除旧文件,同时核对全文索引与数据库是否一致。"},
        footer = {"", "Examples:",
            "  policykg compact",
            "  policykg compact --store /tmp/kg",
            "build compacts by itself after it changed the store; this is for a store written by an older release or cut short.",
            "build 改动数据库后会自动压缩;本命令用于旧版本写入或中断过的数据库。"})
final class CompactCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() {
        try (Tdb2Store kg = store.open(Tdb2Store.Mode.WRITE)) {
            int repaired = kg.repairTextIndex().size();
            kg.compact();
            root.out.printf("compacted %s%s%n", kg.location(),
                    repaired > 0 ? "; text index: " + repaired + " graph(s) re-indexed from the store" : "");
            return ExitCodes.OK;
        }
    }
}
