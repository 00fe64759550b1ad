package org.policykg.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.policykg.extract.DocumentExtractor;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.pipeline.Version;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.query.QueryHeader;
import org.policykg.query.QueryParameters;
import org.policykg.query.QueryRunner;
import org.policykg.query.ResultTable;
import org.policykg.rdf.DocumentMapper;
import org.policykg.rdf.PKG;
import org.policykg.read.DocumentReader;
import org.policykg.read.SourceFile;

/**
 * The 2021, 2022 and 2024 work reports of the Shenzhen chain (national, 广东省, 深圳市 and districts)
 * copied in {@code src/test/resources/reports/chain}, extracted and mapped once per test run into an
 * in-memory TDB2 dataset laid out as a store is (a graph per document, the ontology's graph, the
 * default graph their union), so queries that name a document's graph see what they see in a store.
 */
final class ReportChainStore {

    static final Path CHAIN = Path.of("src", "test", "resources", "reports", "chain");

    private static Dataset dataset;

    private ReportChainStore() {}

    static synchronized Dataset get() {
        if (dataset == null) dataset = build();
        return dataset;
    }

    static ResultTable query(String name, Map<String, String> params) {
        try {
            String sparql = Files.readString(Path.of("queries", name));
            var binding = QueryParameters.bind(QueryHeader.parse(sparql), params, false, get());
            return new QueryRunner(get()).select(QueryRunner.parse(sparql), binding, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Dataset build() {
        Gazetteer gazetteer = Gazetteer.load();
        DocumentExtractor extractor = new DocumentExtractor(gazetteer);
        DocumentMapper mapper = new DocumentMapper(gazetteer, Version.VALUE);
        DocumentReader reader = new DocumentReader();
        // as a store keeps them: each document in its own graph, the default graph their union
        Dataset dataset = TDB2Factory.createDataset();
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        dataset.executeWrite(() -> {
            StreamRDF out = StreamRDFLib.dataset(dataset.asDatasetGraph());
            try (Stream<Path> files = Files.list(CHAIN)) {
                for (Path p : files.sorted().toList()) {
                    SourceFile file = reader.load(p);
                    mapper.map(extractor.extract(file, reader.lines(file), ProblemHandler.lenient(new ProblemLog())), Instant.EPOCH, out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            // a store holds the ontology too, in its graph: queries read its concepts' notations and labels
            RDFDataMgr.read(dataset.getNamedModel(PKG.ONTOLOGY_GRAPH), "ontology/policykg.ttl");
        });
        return dataset;
    }

    /** The rows of a result as tab-joined strings of the given columns. */
    static List<String> rows(ResultTable t, String... columns) {
        return t.rows().stream().map(r -> {
            StringBuilder sb = new StringBuilder();
            for (String c : columns) {
                if (!sb.isEmpty()) sb.append('\t');
                sb.append(r.get(t.columns().indexOf(c)));
            }
            return sb.toString();
        }).toList();
    }
}
