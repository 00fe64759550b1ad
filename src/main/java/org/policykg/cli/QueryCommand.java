package org.policykg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.policykg.query.OutputFormat;
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
        footer = {"", "Examples:",
            "  policykg query queries/responsibilities.rq --format tsv",
            "  policykg query unit-portfolio -p unit=区发改局",
            "  policykg query -e 'SELECT (COUNT(*) AS ?n) WHERE { ?t a <https://w3id.org/policykg/ontology#Task> }'"})
final class QueryCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

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

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "At most N rows (0: all)")
    int limit;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A parameter of the query (see its header), bound as an RDF term: an IRI if it starts with http, else a string")
    java.util.Map<String, String> params = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        String sparql = source.file != null ? Files.readString(CannedQueries.resolve(source.file), StandardCharsets.UTF_8) : source.expression;
        Query query = QueryRunner.parse(sparql);
        org.apache.jena.query.QuerySolutionMap binding = parameters(org.policykg.query.QueryHeader.parse(sparql));
        try (Tdb2Store kg = store.open()) {
            long start = System.nanoTime();
            long rows = new QueryRunner(kg.dataset()).run(query, binding, format, limit, root.out);
            root.err.printf("%d result(s) in %.3f s%n", rows, (System.nanoTime() - start) / 1e9);
        }
        return ExitCodes.OK;
    }

    private org.apache.jena.query.QuerySolutionMap parameters(org.policykg.query.QueryHeader header) {
        try {
            // -e queries have no header: any --param binds a variable of the same name
            return org.policykg.query.QueryParameters.bind(header, params, source.file == null);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;
}
