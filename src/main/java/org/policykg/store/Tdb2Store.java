package org.policykg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policykg.rdf.PKG;

/**
 * The embedded TDB2 database: one named graph per source document, replaced whole in one write
 * transaction, so a document that fails half-way leaves its previous graph as it was. Queries see
 * the union of all graphs as the default graph.
 *
 * <p>TDB2 lets one process open a database at a time. Opening waits a little for another process
 * to let go (read commands open, read and close within seconds), then says who holds it.
 */
public final class Tdb2Store implements AutoCloseable {

    /** How a command opens the store. */
    public enum Mode {
        /** Build: the store is made if there is none. */
        CREATE,
        /** Change an existing store (compact, remove). */
        WRITE,
        /** Read an existing store; a store on a read-only disk or folder is read from a temporary copy. */
        READ
    }

    /** How long opening waits for another process to release the store. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(20);

    private final Path location;
    private final DatasetGraphText dsg;
    private final DatasetGraph tdb;
    private final boolean readOnly;
    private final Path copy;
    /** Made at the first batch written: a thread that adds text-index entries beside TDB2's writes. */
    private TextEntryFeed textFeed;

    private Tdb2Store(Path location, DatasetGraphText dsg, DatasetGraph tdb, boolean readOnly, Path copy) {
        this.location = location;
        this.dsg = dsg;
        this.tdb = tdb;
        this.readOnly = readOnly;
        this.copy = copy;
    }

    /** Opens the store at {@code location}, creating it if there is none (what a build does). */
    public static Tdb2Store open(Path location) {
        return open(location, Mode.CREATE);
    }

    public static Tdb2Store open(Path location, Mode mode) {
        return open(location, mode, DEFAULT_WAIT);
    }

    /**
     * Opens the store: the TDB2 database, wrapped with its full-text index (location/text-index),
     * which every write keeps in step.
     * @throws StoreException in one line when there is no store, another process holds it, or it cannot be opened
     */
    public static Tdb2Store open(Path location, Mode mode, Duration wait) {
        if (mode != Mode.CREATE && !exists(location)) {
            throw new StoreException("no store at " + location + ": run 'policykg build' first (or give the store with --store DIR)");
        }
        if (mode == Mode.READ && !Files.isWritable(location)) return openCopy(location, wait);
        if (mode == Mode.CREATE) createFolder(location);
        return connect(location, location, wait, mode == Mode.READ, null);
    }

    /** Whether {@code location} holds a TDB2 store. */
    public static boolean exists(Path location) {
        if (!Files.isDirectory(location)) return false;
        try (Stream<Path> entries = Files.list(location)) {
            return entries.anyMatch(p -> p.getFileName().toString().matches("Data-\\d+"));
        } catch (IOException e) {
            throw new StoreException("cannot read the store folder " + location + ": " + e.getMessage(), e);
        }
    }

    private static void createFolder(Path location) {
        try {
            Files.createDirectories(location);
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + location + ": " + StoreFiles.reason(e), e);
        }
    }

    /** TDB2 must write its lock and journal; a store we may not write is read from a copy, deleted on close. */
    private static Tdb2Store openCopy(Path location, Duration wait) {
        Path copy = StoreFiles.copyToTemp(location);
        return connect(location, copy, wait, true, copy);
    }

    private static Tdb2Store connect(Path location, Path folder, Duration wait, boolean readOnly, Path copy) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(folder.toString());
                tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
                DatasetGraphText dsg = TextIndexSetup.wrap(tdb, folder.resolve(TextIndexSetup.FOLDER));
                dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
                return new Tdb2Store(location, dsg, tdb, readOnly, copy);
            } catch (RuntimeException e) {
                if (!StoreLock.heldElsewhere(e)) {
                    throw new StoreException("cannot open the store " + location + ": " + StoreFiles.reason(e)
                            + " (check the folder's permissions and free space)", e);
                }
                if (System.nanoTime() > deadline) throw new StoreLockedException(location, StoreLock.holder(e), e);
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the store");
        }
    }

    public Path location() {
        return location;
    }

    /** Whether the store was opened for reading only; writes are refused. */
    public boolean readOnly() {
        return readOnly;
    }

    /** A view for SPARQL; its default graph is the union of the named graphs. */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    /**
     * The hash and extractor version of every document the store holds, by document IRI: one read
     * for a whole build instead of one per document.
     */
    public Map<String, StoredVersion> storedVersions() {
        return dsg.calculateRead(() -> {
            Map<String, String> versions = new java.util.HashMap<>();
            selfStatements(PKG.extractorVersion.asNode(), versions::put);
            Map<String, StoredVersion> stored = new java.util.HashMap<>();
            selfStatements(PKG.sha256.asNode(), (doc, sha) -> stored.put(doc, new StoredVersion(sha, versions.get(doc))));
            return stored;
        });
    }

    /** What each graph states about itself with {@code property} (a document's graph is named by the document). */
    private void selfStatements(Node property, java.util.function.BiConsumer<String, String> each) {
        tdb.find(Node.ANY, Node.ANY, property, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral()) {
                each.accept(q.getGraph().getURI(), q.getObject().getLiteralLexicalForm());
            }
        });
    }

    /** The number of tasks a graph holds. */
    public long taskCount(String graphIri) {
        Node graph = NodeFactory.createURI(graphIri);
        return dsg.calculateRead(() -> dsg.stream(graph, Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(), PKG.Task.asNode()).count());
    }

    /**
     * Replaces a named graph with what {@code writer} sends, in one write transaction. If the
     * writer throws, the transaction is aborted and the graph keeps its previous content. Links
     * to tasks the new version no longer has go in the same transaction.
     */
    public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        Map<String, Consumer<StreamRDF>> one = new LinkedHashMap<>();
        one.put(graphIri, writer);
        replaceGraphs(List.of(), one);
    }

    /**
     * Removes {@code remove} and replaces each graph of {@code graphs}, all in one write transaction:
     * the store has either all of it or none of it.
     */
    public void replaceGraphs(Collection<String> remove, Map<String, Consumer<StreamRDF>> graphs) {
        write(() -> {
            DanglingLinks dangling = new DanglingLinks(tdb);
            Set<Node> before = new HashSet<>();
            for (String iri : remove) clear(NodeFactory.createURI(iri), dangling, before);
            for (Map.Entry<String, Consumer<StreamRDF>> e : graphs.entrySet()) {
                Node graph = NodeFactory.createURI(e.getKey());
                clear(graph, dangling, before);
                StampingStream sink = new StampingStream(StreamRDFLib.dataset(dsg));
                e.getValue().accept(sink);
                dsg.add(TextIndexKeeper.stamp(graph, sink.stamp()));
            }
            dangling.removeLinksOf(before);
        });
    }

    /**
     * Replaces each graph of {@code graphs}, all in one write transaction: the store has either all
     * of them or none. What a build writes, many documents at a time: the quads go to TDB2 index by
     * index ({@link QuadIndexWriter}) while their text-index entries are added on another thread
     * ({@link TextEntryFeed}); both are in the transaction, so an abort takes back both.
     */
    public void replaceGraphs(List<StampedGraph> graphs) {
        write(() -> {
            DanglingLinks dangling = new DanglingLinks(tdb);
            Set<Node> before = new HashSet<>();
            List<Quad> quads = new ArrayList<>();
            for (StampedGraph g : graphs) {
                Node graph = NodeFactory.createURI(g.graph());
                clear(graph, dangling, before);
                quads.addAll(g.quads());
                quads.add(TextIndexKeeper.stamp(graph, g.stamp()));
            }
            // The graphs are cleared (their old entries deleted) before any new entry is added.
            TextEntryFeed.Pending entries = textFeed().add(quads);
            try {
                QuadIndexWriter.add(tdb, quads);
            } catch (RuntimeException | Error e) {
                entries.cancel();
                throw e;
            }
            entries.await();
            dangling.removeLinksOf(before);
        });
    }

    private TextEntryFeed textFeed() {
        if (textFeed == null) textFeed = new TextEntryFeed((TextIndexLucene) dsg.getTextIndex());
        return textFeed;
    }

    /** Clears a graph, first noting the tasks of it that links may point to ({@code before}). */
    private void clear(Node graph, DanglingLinks dangling, Set<Node> before) {
        before.addAll(dangling.linkable(graph));
        clear(graph);
    }

    /** Removes named graphs, and the links to their tasks, in one write transaction. */
    public void removeGraphs(Collection<String> graphIris) {
        replaceGraphs(graphIris, Map.of());
    }

    /** Removes a named graph. */
    public void removeGraph(String graphIri) {
        removeGraphs(List.of(graphIri));
    }

    private void write(Runnable work) {
        if (readOnly) throw new StoreException("the store " + location + " was opened for reading only");
        try {
            dsg.executeWrite(work);
        } catch (RuntimeException | InternalError e) {
            if (StoreWriteException.isIoFailure(e)) throw StoreWriteException.of(location, e);
            throw e;
        }
    }

    /**
     * Empties a graph, inside the caller's write transaction: through the text-indexed view, so the
     * index drops the graph's entries, then on TDB2 itself, because in Jena 5.6.0 a delete by
     * pattern leaves quads whose object is an xsd:decimal in non-canonical form (61, not 61.0),
     * which TDB2's removeGraph does not (see Tdb2StoreTest).
     */
    private void clear(Node graph) {
        dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
        tdb.removeGraph(graph);
    }

    /** The names of the store's named graphs that start with {@code prefix}. */
    public List<String> graphNames(String prefix) {
        return dsg.calculateRead(() -> {
            List<String> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(prefix)) names.add(n.getURI());
            });
            return names;
        });
    }

    /**
     * A digest of the stamps of the graphs whose names start with {@code prefix}: it changes
     * whenever one of them is written or removed.
     */
    public String stampOf(String prefix) {
        return dsg.calculateRead(() -> {
            java.util.TreeMap<String, String> stamps = new java.util.TreeMap<>();
            tdb.find(Node.ANY, Node.ANY, PKG.indexStamp.asNode(), Node.ANY).forEachRemaining(q -> {
                String g = q.getGraph().getURI();
                if (g.startsWith(prefix) && q.getGraph().equals(q.getSubject())) stamps.put(g, q.getObject().getLiteralLexicalForm());
            });
            try {
                java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
                stamps.forEach((g, s) -> digest.update((g + " " + s + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                return java.util.HexFormat.of().formatHex(digest.digest());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException("every JVM has SHA-256", e);
            }
        });
    }

    /** The lexical form of a value a graph states about itself, if any. */
    public Optional<String> graphValue(String graphIri, Node property) {
        Node graph = NodeFactory.createURI(graphIri);
        return dsg.calculateRead(() -> Optional.ofNullable(literal(graph, graph, property)));
    }

    /** Whether the graph exists and holds {@code triples} exactly (compared as RDF graphs). */
    public boolean graphIsomorphicWith(String graphIri, org.apache.jena.graph.Graph triples) {
        Node graph = NodeFactory.createURI(graphIri);
        return dsg.calculateRead(() -> {
            org.apache.jena.graph.Graph stored = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!q.getPredicate().equals(PKG.indexStamp.asNode())) stored.add(q.asTriple());
            });
            return stored.isIsomorphicWith(triples);
        });
    }

    /**
     * Rebuilds the text index entries of every graph the index disagrees with (a process killed
     * between TDB2's commit and Lucene's).
     * @return the graphs repaired
     */
    public List<String> repairTextIndex() {
        return keeper().repair();
    }

    /** Rebuilds the whole text index from the store. @return the graphs indexed */
    public List<String> reindex() {
        return keeper().reindexAll();
    }

    /** Whether the text index holds the entries of the graph's current version. */
    public boolean textIndexAgrees(String graphIri) {
        return keeper().agrees(graphIri);
    }

    private TextIndexKeeper keeper() {
        if (readOnly) throw new StoreException("the store " + location + " was opened for reading only");
        return new TextIndexKeeper(tdb, (TextIndexLucene) dsg.getTextIndex());
    }

    /**
     * Compacts the database: TDB2 appends every change and keeps replaced versions, so a store
     * rebuilt often grows; compaction writes the live data to a new generation and deletes the old.
     */
    public void compact() {
        if (readOnly) throw new StoreException("the store " + location + " was opened for reading only");
        try {
            DatabaseMgr.compact(tdb, true);
            keeper().compact();
        } catch (RuntimeException | InternalError e) {
            if (StoreWriteException.isIoFailure(e)) throw StoreWriteException.of(location, e);
            throw e;
        }
    }

    private String literal(Node graph, Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        String value = it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        org.apache.jena.atlas.iterator.Iter.close(it);
        return value;
    }

    /** Releases the database files, the text index and the process lock. */
    @Override
    public void close() {
        if (textFeed != null) textFeed.close();
        dsg.close();
        TDBInternal.expel(tdb);
        if (copy != null) StoreFiles.delete(copy);
    }
}
