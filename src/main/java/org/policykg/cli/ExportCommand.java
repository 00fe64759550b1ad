package org.policykg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsSubgraph;
import org.policykg.export.ExportEdge;
import org.policykg.export.ExportNode;
import org.policykg.export.GraphBuilder;
import org.policykg.export.GraphWriters;
import org.policykg.export.RdfExport;
import org.policykg.problem.InvalidArgumentException;
import org.policykg.rdf.RdfFormat;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the graph for visualisation tools / 导出图数据",
            "Writes the store, or a part of it, for Gephi, yEd, Cytoscape and Graphviz, or as RDF.",
            "导出整个图或其中一部分,供 Gephi、yEd、Cytoscape、Graphviz 使用,或导出为 RDF。"},
        footer = {"", "Scopes / 范围: all, unit-network, document:SOURCE, unit:NAME|IRI,",
            "  jurisdiction:CODE|NAME (420106 or 武昌区), cascade:TASK (source:list:task)",
            "", "Examples / 示例:",
            "  policykg export --format graphml -o kg.graphml",
            "  policykg export --format dot --scope cascade:001:1:12 -o cascade.dot",
            "  policykg export --format gexf --scope unit-network -o units.gexf",
            "  policykg export --format gexf --scope unit-network --min-weight 8",
            "  policykg export --format csv --scope jurisdiction:黄石市 -o out/",
            "      # out/nodes.csv and out/edges.csv"})
final class ExportCommand implements Callable<Integer> {

    enum Format { GRAPHML, GEXF, DOT, CYJS, CSV, TTL, TRIG, NQ, JSONLD }

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, required = true, description = {"The format: ${COMPLETION-CANDIDATES}", "导出格式"})
    Format format;

    @Option(names = {"-s", "--scope"}, defaultValue = "all",
            description = {"What to export (default: ${DEFAULT-VALUE}); see below", "导出范围(默认全部),见下文"})
    String scope;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Where to write (default: standard output; a folder for csv); on error a previous file is left as it was",
                "输出文件(默认标准输出;csv 为目录);出错时原文件保持不变"})
    Path output;

    @Option(names = "--min-weight", paramLabel = "N",
            description = {"With --scope unit-network: keep only edges that join at least N tasks, and the nodes they join",
                "仅用于 unit-network:只保留共同任务数不少于 N 的边"})
    Integer minWeight;

    @Option(names = "--bom", negatable = true,
            description = {"Start CSV files with a byte order mark so Excel reads them as UTF-8 (default: on)",
                "CSV 文件开头写入 BOM,便于 Excel 识别 UTF-8(默认开启)"})
    Boolean bom;

    @Override
    public Integer call() {
        checkOptions();
        try (Tdb2Store kg = store.open()) {
            switch (format) {
                case CSV -> csv(build(kg));
                case TTL, TRIG, NQ, JSONLD -> write(out -> new RdfExport(kg.dataset()).write(scope, RdfFormat.valueOf(format.name()), out));
                default -> {
                    Graph<ExportNode, ExportEdge> g = build(kg);
                    write(out -> graph(g, out));
                    root.err.println(root.language().message("graph", g.vertexSet().size(), g.edgeSet().size()));
                }
            }
        }
        return ExitCodes.OK;
    }

    /** Refuses, before the store is opened, options that cannot apply. */
    private void checkOptions() {
        if (minWeight != null && !scope.equals("unit-network")) {
            throw new InvalidArgumentException("--min-weight applies to --scope unit-network only (edges elsewhere join one task)");
        }
        if (minWeight != null && minWeight < 1) throw new InvalidArgumentException("--min-weight must be 1 or more");
        if (format == Format.CSV) {
            if (output == null) throw new InvalidArgumentException("csv writes two files, nodes.csv and edges.csv: give a folder with -o");
            if (Files.isRegularFile(output)) throw new InvalidArgumentException("-o " + output + " is a file: csv writes nodes.csv and edges.csv into a folder");
        } else if (output != null && Files.isDirectory(output)) {
            throw new InvalidArgumentException("-o " + output + " is a folder: give a file name (e.g. "
                    + output.resolve("kg." + format.name().toLowerCase(java.util.Locale.ROOT)) + ")");
        }
    }

    private Graph<ExportNode, ExportEdge> build(Tdb2Store kg) {
        Graph<ExportNode, ExportEdge> g = new GraphBuilder(kg.dataset()).build(scope);
        if (minWeight == null || minWeight <= 1) return g;
        Set<ExportEdge> heavy = g.edgeSet().stream().filter(e -> e.weight() >= minWeight).collect(Collectors.toSet());
        Set<ExportNode> joined = new HashSet<>();
        for (ExportEdge e : heavy) {
            joined.add(g.getEdgeSource(e));
            joined.add(g.getEdgeTarget(e));
        }
        return new AsSubgraph<>(g, joined, heavy);
    }

    /** To standard output, or to a temporary file moved into place only when the whole export is written. */
    private void write(java.util.function.Consumer<OutputStream> writer) {
        if (output == null) {
            writer.accept(root.out);
            root.out.flush();
            return;
        }
        try (OutputFile file = OutputFile.create(output)) {
            writer.accept(file.stream());
            file.commit();
        }
    }

    /** nodes.csv and edges.csv, both written before either is moved into place. */
    private void csv(Graph<ExportNode, ExportEdge> g) {
        try {
            Files.createDirectories(output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder " + output + " (" + ErrorMessages.reason(e) + ")", e);
        }
        boolean withBom = bom == null || bom;
        try (OutputFile nodes = OutputFile.create(output.resolve("nodes.csv")); OutputFile edges = OutputFile.create(output.resolve("edges.csv"))) {
            csvFile(nodes, withBom, GraphWriters::csvNodes, g);
            csvFile(edges, withBom, GraphWriters::csvEdges, g);
            nodes.commit();
            edges.commit();
        }
        root.err.println(root.language().message("csv", output.resolve("nodes.csv"), output.resolve("edges.csv"),
                g.vertexSet().size(), g.edgeSet().size()));
    }

    private static void csvFile(OutputFile file, boolean bom, BiConsumer<Graph<ExportNode, ExportEdge>, OutputStream> writer,
            Graph<ExportNode, ExportEdge> g) {
        try {
            if (bom) file.stream().write(OutputOption.BOM);
            writer.accept(g, file.stream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void graph(Graph<ExportNode, ExportEdge> g, OutputStream out) {
        switch (format) {
            case GRAPHML -> GraphWriters.graphml(g, out);
            case GEXF -> GraphWriters.gexf(g, out);
            case DOT -> GraphWriters.dot(g, out);
            default -> GraphWriters.cyjs(g, out);
        }
    }
}
