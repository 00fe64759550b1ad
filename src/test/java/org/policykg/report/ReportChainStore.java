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
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
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
import org.policykg.read.DocumentReader;
import org.policykg.read.SourceFile;

/**
 * The 2021, 2022 and 2024 work reports of the Shenzhen chain (national, 广东省, 深圳市 and districts)
 * copied in {@code src/test/resources/reports/chain}, extracted and mapped once per test run into an
 * in-memory graph (the union of the documents' graphs and the ontology, as queries see a store): fast
 * enough for tests.
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
        Model union = ModelFactory.createDefaultModel();
        StreamRDF out = new StreamRDFWrapper(StreamRDFLib.graph(union.getGraph())) {
            @Override
            public void quad(Quad quad) {
                triple(quad.asTriple());
            }
        };
        try (Stream<Path> files = Files.list(CHAIN)) {
            for (Path p : files.sorted().toList()) {
                SourceFile file = reader.load(p);
                mapper.map(extractor.extract(file, reader.lines(file), ProblemHandler.lenient(new ProblemLog())), Instant.EPOCH, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // a store holds the ontology too: queries read its concepts' notations and labels
        org.apache.jena.riot.RDFDataMgr.read(union, "ontology/policykg.ttl");
        return DatasetFactory.wrap(union);
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
