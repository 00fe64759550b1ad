package org.policykg.export;

import java.io.OutputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.policykg.rdf.RdfFormat;

/**
 * The RDF of a scope: for {@code all} every quad of the store, streamed; for a part, the quads
 * whose subject is one of the scope's nodes, with their named graphs.
 */
public final class RdfExport {

    private final Dataset dataset;

    public RdfExport(Dataset dataset) {
        this.dataset = dataset;
    }

    public void write(String scope, RdfFormat format, OutputStream out) {
        dataset.executeRead(() -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Set<Node> subjects = scope.equals("all") ? null : new GraphBuilder(dataset).build(scope).vertexSet().stream()
                    .map(n -> NodeFactory.createURI(n.id())).collect(Collectors.toSet());
            if (!format.streams()) {
                DatasetGraph copy = DatasetGraphFactory.createTxnMem();
                dsg.find().forEachRemaining(q -> {
                    if (subjects == null || subjects.contains(q.getSubject())) copy.add(q);
                });
                RDFDataMgr.write(out, copy, format.jena);
                return;
            }
            StreamRDF sink = StreamRDFWriter.getWriterStream(out, format.jena);
            sink.start();
            dsg.find().forEachRemaining(q -> {
                if (subjects != null && !subjects.contains(q.getSubject())) return;
                if (format.quads) sink.quad(q);
                else sink.triple(q.asTriple());
            });
            sink.finish();
        });
    }
}
