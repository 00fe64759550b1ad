package org.policykg.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.policykg.rdf.UnitIriRegistry;
import org.policykg.store.Tdb2Store;

/** The unit IRI registry a store keeps: read before a build maps documents, written after. */
final class StoredUnitIris {

    private StoredUnitIris() {}

    static UnitIriRegistry load(Tdb2Store store) {
        return store.dataset().calculateRead(() -> UnitIriRegistry.of(copy(store, UnitIriRegistry.GRAPH), copy(store, UnitIriRegistry.REDIRECTS)));
    }

    /** Both graphs in one transaction, so the registry and its redirects always agree. */
    static void save(Tdb2Store store, UnitIriRegistry units) {
        Map<String, Consumer<StreamRDF>> graphs = new LinkedHashMap<>();
        graphs.put(UnitIriRegistry.GRAPH, units::writeRegistry);
        graphs.put(UnitIriRegistry.REDIRECTS, units::writeRedirects);
        store.replaceGraphs(List.of(), graphs);
    }

    /** A copy outside the transaction, which the registry reads after it ends. */
    private static Graph copy(Tdb2Store store, String graphIri) {
        Graph copy = GraphFactory.createDefaultGraph();
        store.dataset().getNamedModel(graphIri).getGraph().find().forEachRemaining(copy::add);
        return copy;
    }
}
