package org.policykg.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.policykg.extract.CorpusMetadata;
import org.policykg.extract.DocumentExtractor;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.ExtractedDocument;
import org.policykg.problem.InputRejectedException;
import org.policykg.problem.Problem;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.rdf.DocumentMapper;
import org.policykg.rdf.UnitIriRegistry;
import org.policykg.rdf.Iris;
import org.policykg.read.DocumentReader;
import org.policykg.read.SourceFile;
import org.policykg.store.StampedGraph;
import org.policykg.store.StoreException;
import org.policykg.store.StoredVersion;

/**
 * read → normalise → segment → extract → map for one document, into quads held in memory: all that
 * can fail about a document fails here, before anything is written. One per worker thread (the
 * extractor keeps caches that are not shared between threads).
 */
final class DocumentPreparer {

    private final DocumentReader reader = new DocumentReader();
    private final DocumentExtractor extractor;
    private final DocumentMapper mapper;

    DocumentPreparer(Gazetteer gazetteer, CorpusMetadata metadata) {
        this.extractor = new DocumentExtractor(gazetteer, metadata);
        this.mapper = new DocumentMapper(gazetteer, Version.VALUE);
    }

    /**
     * @param stored the versions the store held when the build began, by document IRI
     * @param storedTasks the number of tasks the store holds for a document IRI (asked only when the new text has none)
     * @param units the IRIs units already have in the store, and those this build gives
     */
    PreparedDocument prepare(Path path, BuildOptions options, Map<String, StoredVersion> stored, ToLongFunction<String> storedTasks,
                             UnitIriRegistry units) {
        ProblemLog problems = new ProblemLog();
        ProblemHandler handler = options.strict() ? ProblemHandler.strict(problems) : ProblemHandler.lenient(problems);
        try {
            refuseIfTooLarge(path, options.maxBytes());
            SourceFile file = reader.load(path);
            String docIri = Iris.document(file.name());
            StoredVersion version = stored.get(docIri);
            if (new StoredVersion(file.sha256(), Version.VALUE).equals(version)) {
                return PreparedDocument.unchanged(path, problems.all());
            }
            ExtractedDocument doc = extractor.extract(file, reader.lines(file), handler);
            if (!options.force() && version != null) keepTasks(path, doc, () -> storedTasks.applyAsLong(docIri));
            List<Quad> quads = new ArrayList<>();
            mapper.map(doc, Instant.now(), new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    quads.add(quad);
                }
            }, units);
            return PreparedDocument.ready(path, StampedGraph.of(docIri, quads), problems.all());
        } catch (InputRejectedException e) {
            if (!problems.all().contains(e.problem())) problems.add(e.problem());
            return PreparedDocument.failed(path, problems.all());
        } catch (StoreException e) {
            throw e; // the store, not the document: the next document would fail the same way
        } catch (RuntimeException | StackOverflowError e) {
            problems.add(couldNotBuild(path, e));
            return PreparedDocument.failed(path, problems.all());
        }
    }

    static Problem couldNotBuild(Path path, Throwable e) {
        return Problem.error(path.toString(), "could not be built: " + describe(e),
                "the store keeps this document's previous version; please report this with the file");
    }

    /** Refused by its size alone, before a byte is read: a file far larger than any notice would take minutes and gigabytes. */
    private static void refuseIfTooLarge(Path path, long maxBytes) {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            return; // reading it will say what is wrong
        }
        if (size > maxBytes) {
            throw new InputRejectedException(Problem.error(path.toString(),
                    String.format("the file is %s, over the limit of %s per document", megabytes(size), megabytes(maxBytes)),
                    "split it, or raise the limit with --max-size"));
        }
    }

    static String megabytes(long bytes) {
        return bytes < (1 << 20) ? (bytes >> 10) + " KB" : String.format("%.1f MB", bytes / 1048576.0);
    }

    /** A new version with no tasks is more likely a reading failure (a page that moved its text) than a notice emptied. */
    private static void keepTasks(Path path, ExtractedDocument doc, java.util.function.LongSupplier storedTasks) {
        long tasks = doc.lists().stream().mapToLong(l -> l.tasks().size()).sum();
        if (tasks > 0) return;
        long before = storedTasks.getAsLong();
        if (before > 0) {
            throw new InputRejectedException(Problem.error(path.toString(),
                    "kept the previous version: the new text yields no tasks (was " + before + ")",
                    "build with --force to replace it anyway"));
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof StackOverflowError) return "the text nests too deeply to read";
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}
