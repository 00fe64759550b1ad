package org.policykg.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.jena.dboe.DBOpEnvException;
import org.apache.jena.dboe.base.file.AlreadyLocked;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policykg.rdf.PKG;

/**
 * The embedded TDB2 database: one named graph per source document, replaced whole in one write
 * transaction, so a document that fails half-way leaves its previous graph as it was. Queries see
 * the union of all graphs as the default graph.
 */
public final class Tdb2Store implements AutoCloseable {

    private final Path location;
    private final DatasetGraph dsg;
    private final DatasetGraph tdb;

    private Tdb2Store(Path location, DatasetGraph dsg, DatasetGraph tdb) {
        this.location = location;
        this.dsg = dsg;
        this.tdb = tdb;
    }

    /**
     * Opens (creating if need be) the store at {@code location}: the TDB2 database, wrapped with its
     * full-text index (location/text-index), which every write keeps in step.
     */
    public static Tdb2Store open(Path location) {
        try {
            Files.createDirectories(location);
            DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(location.toString());
            tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
            DatasetGraph dsg = TextIndexSetup.wrap(tdb, location.resolve(TextIndexSetup.FOLDER));
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
            return new Tdb2Store(location, dsg, tdb);
        } catch (AlreadyLocked e) {
            throw new StoreLockedException(location, e);
        } catch (DBOpEnvException e) {
            // TDB2 reports a lock held by another process as "Failed to get a lock: … held by process N".
            if (String.valueOf(e.getMessage()).contains("lock")) throw new StoreLockedException(location, e);
            throw e;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot create the store folder " + location, e);
        }
    }

    public Path location() {
        return location;
    }

    /** A view for SPARQL; its default graph is the union of the named graphs. */
    public Dataset dataset() {
        return DatasetFactory.wrap(dsg);
    }

    /** The hash and extractor version stored for a document, if the store has it. */
    public Optional<StoredVersion> storedVersion(String documentIri) {
        Node doc = NodeFactory.createURI(documentIri);
        return dsg.calculateRead(() -> {
            String sha = literal(doc, doc, PKG.sha256.asNode());
            String version = literal(doc, doc, PKG.extractorVersion.asNode());
            return sha == null ? Optional.<StoredVersion>empty() : Optional.of(new StoredVersion(sha, version));
        });
    }

    /**
     * Replaces a named graph with what {@code writer} sends, in one write transaction. If the
     * writer throws, the transaction is aborted and the graph keeps its previous content.
     */
    public void replaceGraph(String graphIri, Consumer<StreamRDF> writer) {
        Node graph = NodeFactory.createURI(graphIri);
        dsg.executeWrite(() -> {
            clear(graph);
            writer.accept(StreamRDFLib.dataset(dsg));
        });
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
    public java.util.List<String> graphNames(String prefix) {
        return dsg.calculateRead(() -> {
            java.util.List<String> names = new java.util.ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(n -> {
                if (n.isURI() && n.getURI().startsWith(prefix)) names.add(n.getURI());
            });
            return names;
        });
    }

    /** Removes a named graph. */
    public void removeGraph(String graphIri) {
        Node graph = NodeFactory.createURI(graphIri);
        dsg.executeWrite(() -> clear(graph));
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
        dsg.close();
        TDBInternal.expel(tdb);
    }
}
