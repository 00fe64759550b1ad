package org.policykg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jgrapht.Graph;
import org.policykg.export.ExportEdge;
import org.policykg.export.ExportNode;
import org.policykg.export.GraphBuilder;
import org.policykg.export.GraphWriters;
import org.policykg.export.RdfExport;
import org.policykg.store.Tdb2Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the graph for visualisation tools / 导出图数据",
            "Writes the store, or a part of it, for Gephi, yEd, Cytoscape and Graphviz, or as RDF.",
            "导出整个图或其中一部分,供 Gephi、yEd、Cytoscape、Graphviz 使用,或导出为 RDF。"},
        footer = {"", "Scopes: all, document:SOURCE, unit:NAME|IRI, jurisdiction:CODE, cascade:TASK, unit-network",
            "", "Examples:",
            "  policykg export --format graphml -o kg.graphml",
            "  policykg export --format dot --scope cascade:001_1ee4ff36028791ed.txt:1:12 | dot -Tpng > cascade.png",
            "  policykg export --format gexf --scope unit-network -o units.gexf",
            "  policykg export --format csv --scope document:004_045b395ef430cb3c.txt -o out/   # nodes.csv, edges.csv"})
final class ExportCommand implements Callable<Integer> {

    enum Format { GRAPHML, GEXF, DOT, CYJS, CSV, TTL, TRIG, NQ, JSONLD }

    @ParentCommand
    PolicyKg root;

    @Mixin
    StoreOption store;

    @Option(names = {"-f", "--format"}, required = true, description = "${COMPLETION-CANDIDATES}")
    Format format;

    @Option(names = {"-s", "--scope"}, defaultValue = "all", description = "What to export (default: ${DEFAULT-VALUE}); see below")
    String scope;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write (default: standard output; a folder for csv)")
    Path output;

    @Option(names = "--min-weight", defaultValue = "1", paramLabel = "N",
            description = "Keep only edges that join at least N tasks, and the nodes they join (for unit-network; default: ${DEFAULT-VALUE})")
    int minWeight;

    @Override
    public Integer call() throws IOException {
        try (Tdb2Store kg = store.open()) {
            if (format == Format.CSV) {
                if (output == null) throw new IllegalArgumentException("csv writes two files, nodes.csv and edges.csv: give a folder with -o");
                GraphWriters.csv(build(kg), output);
                root.err.println("wrote " + output.resolve("nodes.csv") + " and " + output.resolve("edges.csv"));
                return ExitCodes.OK;
            }
            try (OutputStream out = output == null ? root.out : new BufferedOutputStream(Files.newOutputStream(output))) {
                switch (format) {
                    case TTL, TRIG, NQ, JSONLD -> new RdfExport(kg.dataset()).write(scope, org.policykg.rdf.RdfFormat.valueOf(format.name()), out);
                    default -> graph(build(kg), out);
                }
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private Graph<ExportNode, ExportEdge> build(Tdb2Store kg) {
        Graph<ExportNode, ExportEdge> g = new GraphBuilder(kg.dataset()).build(scope);
        if (minWeight <= 1) return g;
        java.util.Set<ExportNode> joined = new java.util.HashSet<>();
        for (ExportEdge e : g.edgeSet()) {
            if (e.weight() >= minWeight) {
                joined.add(g.getEdgeSource(e));
                joined.add(g.getEdgeTarget(e));
            }
        }
        java.util.Set<ExportEdge> heavy = g.edgeSet().stream().filter(e -> e.weight() >= minWeight).collect(java.util.stream.Collectors.toSet());
        return new org.jgrapht.graph.AsSubgraph<>(g, joined, heavy);
    }

    private void graph(Graph<ExportNode, ExportEdge> g, OutputStream out) {
        switch (format) {
            case GRAPHML -> GraphWriters.graphml(g, out);
            case GEXF -> GraphWriters.gexf(g, out);
            case DOT -> GraphWriters.dot(g, out);
            default -> GraphWriters.cyjs(g, out);
        }
        root.err.println(g.vertexSet().size() + " nodes, " + g.edgeSet().size() + " edges");
    }
}
