package org.policykg.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.policykg.pipeline.Version;
import org.policykg.problem.InvalidArgumentException;
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
            TraceCommand.class, ExportCommand.class, ValidateCommand.class, StatsCommand.class, ServeCommand.class, CompactCommand.class, RemoveCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 error, 2 usage, 3 some inputs failed (the others were processed)."})
public final class PolicyKg implements Runnable {

    final PrintStream out;
    final PrintStream err;

    @CommandLine.Option(names = "--lang", scope = CommandLine.ScopeType.INHERIT, paramLabel = "zh|en",
            description = {"Language of headers, roles and messages (default: Chinese when the locale is Chinese, else English)",
                "表头、角色与提示信息的语言(默认随系统区域设置:中文环境为中文)"})
    Language lang;

    /** The language chosen with --lang, else the locale's. */
    Language language() {
        return lang != null ? lang : Language.of(java.util.Locale.getDefault());
    }

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
            if (Boolean.getBoolean("policykg.debug")) e.printStackTrace(err);
            err.println("policykg: " + ErrorMessages.of(e));
            return e instanceof InvalidArgumentException ? ExitCodes.USAGE : ExitCodes.ERROR;
        });
        return cli.execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"policykg " + Version.VALUE + " (Apache Jena " + Version.JENA + ")"};
        }
    }
}
