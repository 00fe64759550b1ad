package org.policykg.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.policykg.query.Csv;

/**
 * Writes an export graph in the formats visualisation tools open unchanged: GraphML (yEd, Gephi,
 * Cytoscape), GEXF (Gephi) and DOT (Graphviz) through JGraphT's exporters, Cytoscape.js JSON through
 * Jackson, and nodes.csv + edges.csv as Gephi's and Neo4j's importers expect. Node ids are IRIs.
 */
public final class GraphWriters {

    private GraphWriters() {}

    /** A node's attributes; one it does not have is left out, not written as "" or 0.0 (a unit has no value). */
    private static Map<String, Attribute> nodeAttributes(ExportNode n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(n.label()));
        a.put("kind", DefaultAttribute.createAttribute(n.kind()));
        if (!n.level().isEmpty()) a.put("level", DefaultAttribute.createAttribute(n.level()));
        if (!n.code().isEmpty()) a.put("code", DefaultAttribute.createAttribute(n.code()));
        if (!n.value().isEmpty()) a.put("value", DefaultAttribute.createAttribute(Double.parseDouble(n.value())));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(ExportEdge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(e.label()));
        a.put("kind", DefaultAttribute.createAttribute(e.kind()));
        if (e.role() != null && !e.role().isEmpty()) a.put("role", DefaultAttribute.createAttribute(e.role()));
        if (e.score() != null) a.put("score", DefaultAttribute.createAttribute(e.score()));
        a.put("shared_tasks", DefaultAttribute.createAttribute((double) e.weight()));
        return a;
    }

    /**
     * GraphML requires node ids to be XML name tokens, which IRIs are not (they hold "/" and "%"):
     * there the id is n0, n1 … and the IRI is the node's {@code iri} attribute.
     */
    public static void graphml(Graph<ExportNode, ExportEdge> g, OutputStream out) {
        Map<ExportNode, String> ids = new java.util.HashMap<>();
        GraphMLExporter<ExportNode, ExportEdge> x = new GraphMLExporter<>(n -> ids.computeIfAbsent(n, k -> "n" + ids.size()));
        for (String name : new String[] {"iri", "label", "kind", "level", "code"}) {
            x.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        }
        x.registerAttribute("value", GraphMLExporter.AttributeCategory.NODE, AttributeType.DOUBLE);
        for (String name : new String[] {"label", "kind", "role"}) {
            x.registerAttribute("e_" + name, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        }
        x.registerAttribute("score", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        x.registerAttribute("shared_tasks", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        x.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>(nodeAttributes(n));
            a.put("iri", DefaultAttribute.createAttribute(n.id()));
            return a;
        });
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            edgeAttributes(e).forEach((k, v) -> a.put(k.equals("score") || k.equals("shared_tasks") ? k : "e_" + k, v));
            return a;
        });
        x.exportGraph(g, writer(out));
    }

    public static void gexf(Graph<ExportNode, ExportEdge> g, OutputStream out) {
        Map<ExportEdge, String> edgeIds = new java.util.IdentityHashMap<>();
        GEXFExporter<ExportNode, ExportEdge> x = new GEXFExporter<>(ExportNode::id, e -> edgeIds.computeIfAbsent(e, k -> "e" + edgeIds.size()));
        for (String name : new String[] {"kind", "level", "code"}) {
            x.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        }
        x.registerAttribute("value", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.DOUBLE);
        x.registerAttribute("kind", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        x.registerAttribute("role", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        x.registerAttribute("score", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        x.registerAttribute("shared_tasks", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        x.setVertexAttributeProvider(GraphWriters::nodeAttributes);
        x.setEdgeAttributeProvider(GraphWriters::edgeAttributes);
        x.exportGraph(g, writer(out));
    }

    /** DOT with UTF-8 declared and a CJK font Graphviz finds (Noto Sans CJK SC, Debian's fonts-noto-cjk). */
    public static void dot(Graph<ExportNode, ExportEdge> g, OutputStream out) {
        dot(g, "G", out);
    }

    /** As {@link #dot(Graph, OutputStream)}, the digraph named {@code name}; a link's score labels its edge. */
    public static void dot(Graph<ExportNode, ExportEdge> g, String name, OutputStream out) {
        Map<ExportNode, String> ids = new java.util.HashMap<>();
        // The unit network joins units, with no direction: spring layout, plain lines.
        boolean network = !g.edgeSet().isEmpty() && g.edgeSet().stream().allMatch(e -> e.kind().equals("sharesTasks"));
        // Tasks joined by contribution links only (a traced cascade): parents above their children.
        boolean cascade = !g.edgeSet().isEmpty() && g.edgeSet().stream().allMatch(e -> e.kind().equals("contributesTo"));
        DOTExporter<ExportNode, ExportEdge> x = new DOTExporter<>(n -> ids.computeIfAbsent(n, k -> "n" + ids.size()));
        x.setGraphIdProvider(() -> name);
        x.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            // JGraphT writes graph attributes unquoted: quote the ones that need it.
            a.put("charset", DefaultAttribute.createAttribute("\"UTF-8\""));
            a.put("fontname", DefaultAttribute.createAttribute("\"Noto Sans CJK SC\""));
            if (network) {
                a.put("layout", DefaultAttribute.createAttribute("neato"));
                a.put("overlap", DefaultAttribute.createAttribute("false"));
            } else {
                a.put("rankdir", DefaultAttribute.createAttribute(cascade ? "BT" : "LR"));
            }
            return a;
        });
        x.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(n.label()));
            a.put("URL", DefaultAttribute.createAttribute(n.id()));
            a.put("fontname", DefaultAttribute.createAttribute("Noto Sans CJK SC"));
            a.put("shape", DefaultAttribute.createAttribute(n.kind().equals("unit") ? "ellipse" : "box"));
            a.put("style", DefaultAttribute.createAttribute("filled"));
            a.put("fillcolor", DefaultAttribute.createAttribute(colour(n)));
            return a;
        });
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(edgeLabel(e)));
            a.put("fontname", DefaultAttribute.createAttribute("Noto Sans CJK SC"));
            if (e.weight() > 1) a.put("penwidth", DefaultAttribute.createAttribute(Math.min(8, 1 + Math.log(e.weight()) * 1.5)));
            if (network) a.put("dir", DefaultAttribute.createAttribute("none"));
            return a;
        });
        x.exportGraph(g, writer(out));
    }

    private static String edgeLabel(ExportEdge e) {
        if (e.weight() > 1) return e.label() + " ×" + e.weight();
        return e.score() == null ? e.label() : e.label() + " " + String.format(java.util.Locale.ROOT, "%.2f", e.score());
    }

    private static String colour(ExportNode n) {
        return switch (n.kind()) {
            case "unit" -> "#d9ead3";
            case "report" -> "#fde0c5";
            case "jurisdiction" -> "#eeeeee";
            case "target" -> "#fff2cc";
            default -> switch (n.level()) { // a task, by the level of its plan
                case "national", "province" -> "#f4cccc";
                case "district", "street" -> "#d9d2e9";
                default -> "#cfe2f3";
            };
        };
    }

    /** Cytoscape.js / Cytoscape desktop JSON: {"elements":{"nodes":[{"data":…}],"edges":[{"data":…}]}}. */
    public static void cyjs(Graph<ExportNode, ExportEdge> g, OutputStream out) {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ObjectNode elements = root.putObject("elements");
        ArrayNode nodes = elements.putArray("nodes");
        for (ExportNode n : g.vertexSet()) {
            ObjectNode d = nodes.addObject().putObject("data");
            d.put("id", n.id()).put("label", n.label()).put("kind", n.kind()).put("level", n.level()).put("code", n.code());
            if (!n.value().isEmpty()) d.put("value", Double.parseDouble(n.value()));
        }
        ArrayNode edges = elements.putArray("edges");
        int i = 0;
        for (ExportEdge e : g.edgeSet()) {
            ObjectNode d = edges.addObject().putObject("data");
            d.put("id", "e" + i++).put("source", g.getEdgeSource(e).id()).put("target", g.getEdgeTarget(e).id())
                    .put("kind", e.kind()).put("role", e.role()).put("weight", e.weight());
            if (e.score() != null) d.put("score", e.score());
        }
        try {
            mapper.writerWithDefaultPrettyPrinter().writeValue(new OutputStreamWriter(out, StandardCharsets.UTF_8), root);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** nodes.csv (Id,Label,kind,level,code,value), as Gephi's and Neo4j's importers expect. */
    public static void csvNodes(Graph<ExportNode, ExportEdge> g, OutputStream out) {
        PrintWriter w = new PrintWriter(writer(out));
        w.print("Id,Label,kind,level,code,value\r\n");
        for (ExportNode n : g.vertexSet()) w.print(row(n.id(), n.label(), n.kind(), n.level(), n.code(), n.value()));
        w.flush();
    }

    /** edges.csv (Source,Target,Type,Label,kind,role,Weight,score). */
    public static void csvEdges(Graph<ExportNode, ExportEdge> g, OutputStream out) {
        PrintWriter w = new PrintWriter(writer(out));
        w.print("Source,Target,Type,Label,kind,role,Weight,score\r\n");
        for (ExportEdge e : g.edgeSet()) {
            w.print(row(g.getEdgeSource(e).id(), g.getEdgeTarget(e).id(), "Directed", e.label(), e.kind(), e.role(),
                    String.valueOf(e.weight()), e.score() == null ? "" : String.valueOf(e.score())));
        }
        w.flush();
    }

    private static String row(String... cells) {
        return Csv.row(java.util.List.of(cells));
    }

    private static Writer writer(OutputStream out) {
        return new OutputStreamWriter(out, StandardCharsets.UTF_8);
    }
}
