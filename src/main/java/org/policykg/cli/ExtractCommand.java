package org.policykg.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.policykg.extract.DocumentExtractor;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.ExtractedDocument;
import org.policykg.pipeline.Version;
import org.policykg.problem.InputRejectedException;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.rdf.DocumentMapper;
import org.policykg.rdf.RdfFormat;
import org.policykg.read.DocumentReader;
import org.policykg.read.InputCollector;
import org.policykg.read.SourceFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Prints the RDF of files / 输出 RDF", "Prints the RDF of the given files, without a store.", "输出文件抽取结果的 RDF,不写数据库。"},
        footer = {"", "Examples:",
            "  policykg extract seeds/000_e666455f3088458b.txt",
            "  policykg extract seeds/ --format nq > seeds.nq"})
final class ExtractCommand implements Callable<Integer> {

    @ParentCommand
    PolicyKg root;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files or folders / 输入文件或目录")
    List<Path> inputs;

    @Option(names = {"-f", "--format"}, defaultValue = "ttl", paramLabel = "FORMAT",
            description = {"${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); Turtle has no named graphs and gets their union",
                "输出格式;Turtle 没有命名图,输出各图的并集"})
    RdfFormat format;

    @Override
    public Integer call() {
        DocumentReader reader = new DocumentReader();
        Gazetteer gazetteer = Gazetteer.load();
        DocumentExtractor extractor = new DocumentExtractor(gazetteer);
        DocumentMapper mapper = new DocumentMapper(gazetteer, Version.VALUE);
        ProblemLog problems = new ProblemLog(p -> root.err.println(p));
        DatasetGraph collected = format.streams() ? null : DatasetGraphFactory.createTxnMem();
        StreamRDF sink = collected != null ? StreamRDFLib.dataset(collected) : StreamRDFWriter.getWriterStream(root.out, format.jena);
        if (!format.quads) sink = new DefaultGraphOnly(sink);
        int failed = 0;
        sink.start();
        for (Path path : new InputCollector(root.err::println).collect(inputs)) {
            try {
                SourceFile file = reader.load(path);
                ExtractedDocument doc = extractor.extract(file, reader.lines(file), ProblemHandler.lenient(problems));
                mapper.map(doc, Instant.now(), sink);
            } catch (InputRejectedException e) {
                problems.add(e.problem());
                failed++;
            }
        }
        sink.finish();
        if (collected != null) RDFDataMgr.write(root.out, collected, format.jena);
        root.out.flush();
        return failed > 0 ? ExitCodes.PARTIAL : ExitCodes.OK;
    }

    /** Drops graph names, for syntaxes that have none. */
    private static final class DefaultGraphOnly extends StreamRDFWrapper {
        DefaultGraphOnly(StreamRDF other) {
            super(other);
        }

        @Override
        public void quad(Quad quad) {
            other.triple(Triple.create(quad.getSubject(), quad.getPredicate(), quad.getObject()));
        }
    }
}
