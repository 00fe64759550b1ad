package org.policykg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.link.LinkStage;
import org.policykg.problem.Problem;
import org.policykg.problem.ProblemLog;
import org.policykg.problem.Severity;
import org.policykg.rdf.Iris;
import org.policykg.rdf.UnitIriRegistry;
import org.policykg.rdf.PKG;
import org.policykg.read.InputCollector;
import org.policykg.store.StampedGraph;
import org.policykg.store.Tdb2Store;

/**
 * read → normalise → segment → extract → map → load: documents prepared in parallel and written in
 * batches ({@link BatchLoad}); a document that fails leaves its previous graph as it was. Then link: the inferred links of the whole store are rebuilt in one transaction. A document
 * whose bytes and extractor version are already stored is left untouched, so building the same
 * input twice changes nothing; a build that replaced graphs ends by compacting the store, so it
 * stays the size of its data.
 */
public final class BuildPipeline {

    private final Gazetteer gazetteer;
    private final org.policykg.extract.CorpusMetadata metadata;
    private final UnaryOperator<StampedGraph> content;

    public BuildPipeline(Gazetteer gazetteer) {
        this(gazetteer, org.policykg.extract.CorpusMetadata.none());
    }

    /** @param metadata a corpus's metadata file (build --metadata): titles, jurisdictions and years of its files */
    public BuildPipeline(Gazetteer gazetteer, org.policykg.extract.CorpusMetadata metadata) {
        this(gazetteer, metadata, UnaryOperator.identity());
    }

    /** @param content what is written for a document's graph: tests use it to fail one document's write half-way */
    BuildPipeline(Gazetteer gazetteer, org.policykg.extract.CorpusMetadata metadata, UnaryOperator<StampedGraph> content) {
        this.gazetteer = gazetteer;
        this.metadata = metadata;
        this.content = content;
    }

    /**
     * @param lines told one line per document
     * @param strict when true, a document with any problem is not stored
     */
    public BuildSummary build(List<Path> inputs, Tdb2Store store, ProblemLog problems, boolean strict, Consumer<String> lines) {
        return build(inputs, store, problems, BuildOptions.defaults().strict(strict), lines, Progress.NONE, new BuildState());
    }

    /**
     * @param lines told one line per document
     * @param progress told the stage and n/N documents, for a terminal display
     * @param state what the build has done so far, for a message if it is interrupted
     */
    public BuildSummary build(List<Path> inputs, Tdb2Store store, ProblemLog problems, BuildOptions options,
                              Consumer<String> lines, Progress progress, BuildState state) {
        Instant start = Instant.now();
        int[] skipped = {0};
        int[] unreadable = {0};
        progress.stage("collecting inputs");
        List<Path> files = new InputCollector(line -> {
            skipped[0]++;
            lines.accept(line);
        }, store.location(), problem -> {
            unreadable[0]++;
            problems.add(problem);
        }).collect(inputs);
        progress.stage("checking the text index");
        int repaired = (options.reindex() ? store.reindex() : store.repairTextIndex()).size();
        boolean wrote = loadOntology(store);
        UnitIriRegistry units = StoredUnitIris.load(store);
        BatchLoad.Result loaded = new BatchLoad(gazetteer, metadata, options, content).load(files, store, units, problems, lines, progress, state);
        if (units.changed()) StoredUnitIris.save(store, units);
        int built = loaded.built();
        int unchanged = loaded.unchanged();
        int failed = unreadable[0] + loaded.failed();
        Set<String> names = loaded.names();
        List<String> removed = options.prune() ? prune(store, names, unreadable[0] > 0, problems, lines) : List.of();
        boolean changed = built + removed.size() > 0 || !LinkStage.upToDate(store);
        LinkStage.Counts links = LinkStage.stored(store);
        if (changed) {
            progress.stage("linking");
            state.linking();
            links = new LinkStage(gazetteer).run(store);
            state.linked();
        }
        boolean compact = changed || wrote;
        if (compact) {
            progress.stage("compacting");
            store.compact();
        }
        progress.done();
        return new BuildSummary(built, unchanged, failed, skipped[0], removed.size(), repaired, changed, links,
                StoreCounts.of(store.dataset()), compact,
                problems.count(Severity.WARNING), problems.count(Severity.ERROR), Duration.between(start, Instant.now()));
    }

    /**
     * Removes the documents the store holds that are not among this build's inputs. Not when an
     * input could not be listed: its documents would look gone.
     */
    private List<String> prune(Tdb2Store store, Set<String> names, boolean incomplete, ProblemLog problems, Consumer<String> lines) {
        if (incomplete) {
            problems.add(Problem.error("--prune", "nothing pruned: some inputs could not be read, and their documents would look gone",
                    "fix those inputs and build again"));
            return List.of();
        }
        Set<String> keep = new HashSet<>();
        for (String name : names) keep.add(Iris.document(name));
        List<String> gone = new ArrayList<>();
        for (String graph : store.graphNames(Iris.document(""))) {
            if (!keep.contains(graph)) gone.add(graph);
        }
        store.removeGraphs(gone);
        for (String graph : gone) lines.accept(DocumentNames.fileName(graph) + ": removed (no longer among the inputs)");
        return gone;
    }

    /**
     * The ontology travels with the data, in its own graph, so queries can read its labels;
     * rewritten only when this release's differs. @return whether it was written
     */
    private boolean loadOntology(Tdb2Store store) {
        Graph ontology = GraphFactory.createDefaultGraph();
        parseOntology(StreamRDFLib.graph(ontology));
        if (store.graphIsomorphicWith(PKG.ONTOLOGY_GRAPH, ontology)) return false;
        store.replaceGraph(PKG.ONTOLOGY_GRAPH, sink -> parseOntology(new GraphRedirect(sink)));
        return true;
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
