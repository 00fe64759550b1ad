package org.policykg.cli;

import java.util.concurrent.Callable;
import org.policykg.serve.Gallery;
import org.policykg.serve.KgServer;
import org.policykg.serve.ServeSettings;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store: a SPARQL endpoint and an explorer page / 提供 SPARQL 端点与浏览页面",
            "Read-only SPARQL at /kg/sparql (results by Accept: JSON, XML, CSV, TSV), graphs at /kg/get, and the explorer at /",
            "(cascade view, query gallery, search, task and unit pages, downloads, SPARQL editor), until stopped with Ctrl-C.",
            "只读 SPARQL 端点(/kg/sparql)与浏览页面(/):任务链条、查询库、检索、任务与单位页面、下载、SPARQL 编辑器。",
            "",
            "The store stays locked while it is served: to update it, build into a new folder and serve that.",
            "服务期间数据库被锁定;更新时请构建到新目录后改为服务新目录。"},
        footer = {"", "Examples:",
            "  policykg serve                      # http://127.0.0.1:3030/",
            "  policykg serve --port 8080 --timeout 30",
            "  policykg build --store store.new && policykg serve --store store.new"})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Option(names = "--host", defaultValue = ServeSettings.LOOPBACK, paramLabel = "HOST",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only) / 监听地址")
    String host;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "The port (default: ${DEFAULT-VALUE}; 0 takes a free one) / 端口")
    int port;

    @Option(names = "--timeout", defaultValue = "10", paramLabel = "SECONDS",
            description = "Stop a query after this long (default: ${DEFAULT-VALUE} s) / 查询超时(秒)")
    double timeout;

    @Option(names = "--row-cap", defaultValue = "1000", paramLabel = "N",
            description = "Rows the explorer shows before it offers the download (default: ${DEFAULT-VALUE}) / 页面显示的最多行数")
    int rowCap;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) throw usage("--port must be between 0 and 65535, not " + port);
        if (!(timeout > 0)) throw usage("--timeout must be more than 0 seconds, not " + timeout);
        if (rowCap < 1) throw usage("--row-cap must be at least 1, not " + rowCap);
        ServeSettings settings = new ServeSettings(host, port, Math.round(timeout * 1000), rowCap);
        if (!settings.loopback()) {
            root.err.println("warning: serving on " + host + ": anyone who can reach this machine can read the store "
                    + "(the endpoint is read-only and has no login) / 警告:其他机器也可访问");
        }
        Gallery gallery = Gallery.load(CannedQueries.folder());
        try (Tdb2Store kg = store.open(); KgServer server = KgServer.start(kg.dataset(), gallery, settings)) {
            String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port();
            root.out.println("serving " + kg.location() + " at " + base + "/  (SPARQL: " + base + KgServer.DATASET + "/sparql); Ctrl-C stops");
            root.out.flush();
            server.join();
        }
        return ExitCodes.OK;
    }

    private picocli.CommandLine.ParameterException usage(String message) {
        return new picocli.CommandLine.ParameterException(spec.commandLine(), message);
    }
}
