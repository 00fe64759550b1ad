package org.policykg.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policykg.extract.CorpusMetadata;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.pipeline.BuildOptions;
import org.policykg.pipeline.BuildPipeline;
import org.policykg.pipeline.BuildState;
import org.policykg.pipeline.BuildSummary;
import org.policykg.pipeline.Progress;
import org.policykg.pipeline.StoreCounts;
import org.policykg.problem.InputRejectedException;
import org.policykg.pipeline.TerminalProgress;
import org.policykg.problem.ProblemLog;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads notices into the store / 读取通知入库",
            "Reads notices and stores their tasks and units in the TDB2 store.",
            "读取通知文件,抽取任务与责任单位,写入 TDB2 数据库(每个文件一个命名图)。"},
        footer = {"", "Examples:",
            "  policykg build                          # the seeds/ folder into store/",
            "  policykg build notices/ extra.html --store /tmp/kg",
            "  policykg build reports/ --metadata reports/metadata.csv",
            "  policykg build notices/ --prune         # also drop documents no longer in notices/",
            "A document whose file and extractor are unchanged is left as stored; a changed one replaces its own graph.",
            "文件与抽取器未变的文件保持不变;变化的文件替换其自身的命名图。"})
final class BuildCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files or folders (.txt, .html, .htm, .docx, .doc, .xlsx, .xls, .pdf) / 输入文件或目录 (default: seeds/)")
    List<Path> inputs;

    @Option(names = "--strict", description = {"Store no document that has any problem", "有任何问题的文件不入库"})
    boolean strict;

    @Option(names = "--metadata", paramLabel = "FILE.csv",
            description = {"A corpus's metadata: a CSV with a header and the columns filename, title, region, level, year "
                + "(or report_year, source_level …); it wins over what the texts say",
                "语料元数据文件(CSV,列:文件名、标题、地区、级别、年份),优先于正文所述"})
    Path metadata;

    @Option(names = "--force", description = {"Replace a stored document even when its new version yields no tasks",
        "即使新版本抽取不出任务,也替换已入库的文件"})
    boolean force;

    @Option(names = "--prune", description = {"Remove stored documents that are no longer among the inputs",
        "删除数据库中已不在输入里的文件"})
    boolean prune;

    @Option(names = "--reindex", description = {"Rebuild the whole full-text index from the store",
        "根据数据库重建全部全文索引"})
    boolean reindex;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "20",
            description = {"Refuse documents larger than this many megabytes (default: ${DEFAULT-VALUE})",
                "单个文件大小上限(MB),超过则拒收(默认 ${DEFAULT-VALUE})"})
    long maxMegabytes;

    @Option(names = "--threads", paramLabel = "N",
            description = {"Read and extract this many documents at once (default: the number of cores)",
                "同时读取与抽取的文件数(默认:CPU 核数)"})
    Integer threads;

    @Option(names = "--batch-quads", paramLabel = "N", defaultValue = "" + BuildOptions.DEFAULT_BATCH_QUADS,
            description = {"Write documents in transactions of about this many quads each; the next batch is held "
                + "in memory meanwhile, at a few hundred bytes a quad (default: ${DEFAULT-VALUE})",
                "每个写事务约写入的四元组数;写入时下一批在内存中待写,每个四元组约数百字节(默认 ${DEFAULT-VALUE})"})
    int batchQuads;

    @Option(names = {"-q", "--quiet"}, description = {"Print only problems and the summary", "只输出问题与汇总"})
    boolean quiet;

    @Override
    public Integer call() {
        List<Path> in = inputs == null || inputs.isEmpty() ? List.of(Defaults.seeds()) : inputs;
        ProblemLog problems = new ProblemLog(p -> root.err.println(p));
        CorpusMetadata corpus;
        try {
            corpus = metadata == null ? CorpusMetadata.none() : CorpusMetadata.read(metadata);
        } catch (InputRejectedException e) {
            root.err.println(e.getMessage());
            return ExitCodes.USAGE;
        }
        if ((threads != null && threads < 1) || batchQuads < 1) {
            root.err.println("policykg build: --threads and --batch-quads take a number of at least 1");
            return ExitCodes.USAGE;
        }
        BuildOptions options = new BuildOptions(strict, force, prune, reindex, maxMegabytes << 20);
        options = options.batchQuads(batchQuads);
        if (threads != null) options = options.threads(threads);
        // Progress only where someone watches: a terminal, never a script's or CI's log.
        Progress progress = System.console() != null ? new TerminalProgress(root.err) : Progress.NONE;
        BuildState state = new BuildState();
        Thread onInterrupt = new Thread(() -> {
            progress.done();
            root.err.println("policykg: " + state.interrupted());
        });
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (Tdb2Store kg = Tdb2Store.open(store.path(), Tdb2Store.Mode.CREATE)) {
            BuildSummary s = new BuildPipeline(Gazetteer.load(), corpus).build(in, kg, problems, options, line -> {
                if (quiet) return;
                progress.done();
                root.err.println(line);
            }, progress, state);
            print(s, kg.location());
            org.policykg.query.Validator.Report v = new org.policykg.query.Validator().validate(kg.dataset());
            root.out.printf("validation: %d violation(s), %d warning(s)%s%n", v.violations(), v.warnings(),
                    v.violations() + v.warnings() > 0 ? " (policykg validate shows them)" : "");
            return s.partial() ? ExitCodes.PARTIAL : ExitCodes.OK;
        } finally {
            progress.done();
            removeHook(onInterrupt);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running
        }
    }

    private void print(BuildSummary s, Path location) {
        StoreCounts c = s.store();
        root.out.printf("built %d, unchanged %d, failed %d document(s)%s%s in %.1f s → %s%n",
                s.built(), s.unchanged(), s.failed(), s.skipped() > 0 ? ", skipped " + s.skipped() + " file(s)" : "",
                s.removed() > 0 ? ", removed " + s.removed() : "", s.time().toMillis() / 1000.0, location);
        root.out.printf("store: %d documents, %d lists, %d tasks, %d responsibilities, %d units, %d report paragraphs, %d targets, %d deadlines, %d triples%n",
                c.documents(), c.lists(), c.tasks(), c.responsibilities(), c.units(), c.paragraphs(), c.targets(), c.deadlines(), c.triples());
        root.out.printf("links: %s%n", s.links());
        if (s.repaired() > 0) root.out.printf("text index: %d graph(s) re-indexed from the store%n", s.repaired());
        root.out.printf("problems: %d error(s), %d warning(s)%n", s.errors(), s.warnings());
    }
}
