package org.policykg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.QueryParseException;
import org.policykg.pipeline.Version;
import org.policykg.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** policykg: knowledge graphs of government task-decomposition notices. */
@Command(name = "policykg",
        mixinStandardHelpOptions = true,
        versionProvider = PolicyKg.VersionProvider.class,
        description = {
            "Builds a knowledge graph of who answers for what in government task-decomposition notices.",
            "从政府工作报告重点任务分解通知构建责任知识图谱:任务、牵头/配合单位、上级报告、辖区。"},
        subcommands = {BuildCommand.class, ExtractCommand.class, QueryCommand.class, QueriesCommand.class, SearchCommand.class,
            TraceCommand.class, ExportCommand.class, ValidateCommand.class, StatsCommand.class, CompactCommand.class, RemoveCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 error, 2 usage, 3 some inputs failed (the others were processed)."})
public final class PolicyKg implements Runnable {

    final PrintStream out;
    final PrintStream err;

    PolicyKg(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        CommandLine.usage(this, out);
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err));
    }

    /** Runs the command line with the given streams: the entry point for tests too. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine cli = new CommandLine(new PolicyKg(out, err));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            err.println("policykg: " + message(e));
            return ExitCodes.ERROR;
        });
        return cli.execute(args);
    }

    private static String message(Exception e) {
        if (e instanceof StoreException) return e.getMessage();
        if (e instanceof QueryParseException q) {
            return "the query does not parse: " + q.getMessage().strip() + " (check the SPARQL near that line and column)";
        }
        if (e instanceof IllegalArgumentException || e instanceof java.io.UncheckedIOException) return e.getMessage();
        return e.toString();
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"policykg " + Version.VALUE + " (Apache Jena " + Version.JENA + ")"};
        }
    }
}
