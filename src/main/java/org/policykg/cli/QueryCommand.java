package org.policykg.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolutionMap;
import org.policykg.query.OutputFormat;
import org.policykg.query.QueryHeader;
import org.policykg.query.QueryParameters;
import org.policykg.query.QueryRunner;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query / 执行 SPARQL 查询",
            "Runs a SPARQL query on the store; the default graph is the union of all documents.",
            "对数据库执行 SPARQL 查询(默认图为所有文件的并集)。"},
        footer = {"", "Examples / 示例:",
            "  policykg query queries/responsibilities.rq --format tsv",
            "  policykg query unit-portfolio -p unit=区发改局",
            "  policykg query deadlines-in-period -p from=2023-07-01 -p to=2023-12-31",
            "  policykg query cascade -p task=001:1:12 --format csv -o cascade.csv",
            "  policykg query -e 'SELECT (COUNT(*) AS ?n)",
            "      WHERE { ?t a <https://w3id.org/policykg/ontology#Task> }'"})
final class QueryCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Mixin
    OutputOption output;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "QUERY", description = "A canned query's name (see 'policykg queries') or a .rq file / 查询名或查询文件")
        String file;

        @Option(names = {"-e", "--expression"}, paramLabel = "SPARQL", description = "The query text itself / 查询语句")
        String expression;
    }

    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}) / 输出格式")
    OutputFormat format;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N rows (0: all) / 最多输出 N 行(0 为全部)")
    int limit;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = {"A parameter of the query, checked against the type its header gives (a date, a task as source:list:task, a unit name …)",
                "查询参数,按查询头声明的类型校验(日期、任务编号、单位名称等)"})
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--allow-service", description = {"Let SERVICE clauses send requests to other endpoints over the network (refused otherwise)",
        "允许 SERVICE 子句访问网络上的其他端点(默认拒绝)"})
    boolean allowService;

    @Override
    public Integer call() {
        String sparql = source.file != null ? CannedQueries.read(CannedQueries.resolve(source.file)) : source.expression;
        Query query = QueryRunner.parse(sparql);
        QueryHeader header = QueryHeader.parse(sparql);
        try (Tdb2Store kg = store.open()) {
            // -e queries have no header: any --param binds a variable of the same name
            QuerySolutionMap binding = QueryParameters.bind(header, params, source.file == null, kg.dataset());
            QueryRunner runner = new QueryRunner(kg.dataset(), allowService);
            long start = System.nanoTime();
            Language lang = root.language();
            long rows = output.write(root.out, format == OutputFormat.CSV, out -> runner.run(query, binding, format, limit, out, lang::labels));
            root.err.println(lang.message("results", rows, String.format(java.util.Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e9)));
        }
        return ExitCodes.OK;
    }
}
