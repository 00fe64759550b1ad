package org.policykg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.policykg.extract.DocumentExtractor;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.link.LinkStage;
import org.policykg.model.ExtractedDocument;
import org.policykg.problem.InputRejectedException;
import org.policykg.problem.Problem;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.problem.Severity;
import org.policykg.rdf.DocumentMapper;
import org.policykg.rdf.Iris;
import org.policykg.rdf.PKG;
import org.policykg.read.DocumentReader;
import org.policykg.read.InputCollector;
import org.policykg.read.SourceFile;
import org.policykg.store.StoredVersion;
import org.policykg.store.Tdb2Store;

/**
 * read → normalise → segment → extract → map → load, one document at a time, each in its own
 * transaction: memory holds one document, and a document that fails leaves the store as it was.
 * Then link: the inferred links of the whole store are rebuilt, each kind in its own graph.
 * A document whose bytes and extractor version are already stored is left untouched, so building
 * the same input twice changes nothing.
 */
public final class BuildPipeline {

    private final DocumentReader reader = new DocumentReader();
    private final Gazetteer gazetteer;
    private final DocumentExtractor extractor;
    private final DocumentMapper mapper;

    public BuildPipeline(Gazetteer gazetteer) {
        this(gazetteer, org.policykg.extract.CorpusMetadata.none());
    }

    /** @param metadata a corpus's metadata file (build --metadata): titles, jurisdictions and years of its files */
    public BuildPipeline(Gazetteer gazetteer, org.policykg.extract.CorpusMetadata metadata) {
        this.gazetteer = gazetteer;
        this.extractor = new DocumentExtractor(gazetteer, metadata);
        this.mapper = new DocumentMapper(gazetteer, Version.VALUE);
    }

    /**
     * @param progress told one line per document
     * @param strict when true, a document with any problem is not stored
     */
    public BuildSummary build(List<Path> inputs, Tdb2Store store, ProblemLog problems, boolean strict, Consumer<String> progress) {
        Instant start = Instant.now();
        int[] skipped = {0};
        List<Path> files = new InputCollector(line -> {
            skipped[0]++;
            progress.accept(line);
        }, store.location()).collect(inputs);
        loadOntology(store);
        int built = 0;
        int unchanged = 0;
        int failed = 0;
        Set<String> names = new HashSet<>();
        for (Path path : files) {
            switch (buildOne(path, store, problems, strict, names)) {
                case BUILT -> { built++; progress.accept(path + ": built"); }
                case UNCHANGED -> { unchanged++; progress.accept(path + ": unchanged"); }
                case FAILED -> failed++;
            }
        }
        LinkStage.Counts links = new LinkStage(gazetteer).run(store);
        return new BuildSummary(built, unchanged, failed, skipped[0], links, StoreCounts.of(store.dataset()),
                problems.count(Severity.WARNING), problems.count(Severity.ERROR), Duration.between(start, Instant.now()));
    }

    private enum Outcome { BUILT, UNCHANGED, FAILED }

    private Outcome buildOne(Path path, Tdb2Store store, ProblemLog problems, boolean strict, Set<String> names) {
        ProblemHandler handler = strict ? ProblemHandler.strict(problems) : ProblemHandler.lenient(problems);
        try {
            SourceFile file = reader.load(path);
            if (!names.add(file.name())) {
                throw new InputRejectedException(Problem.error(path.toString(),
                        "another input has the same file name " + file.name() + ", and documents are known by their file name",
                        "rename one of them"));
            }
            String docIri = Iris.document(file.name());
            Optional<StoredVersion> stored = store.storedVersion(docIri);
            if (stored.isPresent() && stored.get().equals(new StoredVersion(file.sha256(), Version.VALUE))) return Outcome.UNCHANGED;
            ExtractedDocument doc = extractor.extract(file, reader.lines(file), handler);
            Instant now = Instant.now();
            store.replaceGraph(docIri, sink -> mapper.map(doc, now, sink));
            return Outcome.BUILT;
        } catch (InputRejectedException e) {
            if (!problems.all().contains(e.problem())) problems.add(e.problem());
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            problems.add(Problem.error(path.toString(), "could not be built: " + e,
                    "the store keeps this document's previous version; please report this with the file"));
            return Outcome.FAILED;
        }
    }

    /** The ontology travels with the data, in its own graph, so queries can read its labels. */
    private void loadOntology(Tdb2Store store) {
        store.replaceGraph(PKG.ONTOLOGY_GRAPH, sink -> parseOntology(new GraphRedirect(sink)));
    }

    static void parseOntology(StreamRDF sink) {
        try (InputStream in = BuildPipeline.class.getResourceAsStream("/org/policykg/ontology/policykg.ttl")) {
            if (in == null) throw new IllegalStateException("ontology resource missing from the build");
            RDFParser.source(in).lang(Lang.TURTLE).parse(sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the triples of a parsed file into the ontology's named graph. */
    private static final class GraphRedirect extends StreamRDFWrapper {
        GraphRedirect(StreamRDF other) {
            super(other);
        }

        @Override
        public void triple(Triple triple) {
            other.quad(Quad.create(NodeFactory.createURI(PKG.ONTOLOGY_GRAPH), triple));
        }
    }
}
