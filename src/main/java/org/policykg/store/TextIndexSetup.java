package org.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.policykg.rdf.PKG;

/**
 * The jena-text (Lucene) index of a store: task and paragraph texts in field {@code text}, unit
 * names (canonical and as written) in field {@code name}, analysed as CJK bigrams, which find a
 * word however the text segments it (BENCHMARKS.md compares them with SmartChineseAnalyzer's words).
 * Each indexed triple has a uid, so a deleted or replaced document leaves no stale entries, and
 * its graph, so one document's entries can be rebuilt; each graph's stamp is indexed too, so the
 * index can be checked against the store ({@link TextIndexKeeper}).
 */
final class TextIndexSetup {

    static final String FOLDER = "text-index";
    static final String GRAPH_FIELD = "graph";
    static final String STAMP_FIELD = "stamp";

    private TextIndexSetup() {}

    static DatasetGraphText wrap(DatasetGraph tdb, Path folder) {
        EntityDefinition entity = new EntityDefinition("uri", "text", PKG.text.asNode());
        entity.set("name", SKOS.prefLabel.asNode());
        entity.set("name", PKG.writtenName.asNode());
        entity.set(STAMP_FIELD, PKG.indexStamp.asNode());
        entity.setUidField("uid");
        entity.setLangField("lang");
        entity.setGraphField(GRAPH_FIELD);
        TextIndexConfig config = new TextIndexConfig(entity);
        // No query analyzer of our own: jena-text then queries with the index analyzer wrapped per
        // field, so the graph IRI it adds inside GRAPH stays one keyword term as it was indexed; a
        // bare CJKAnalyzer cut it into words and nothing matched inside GRAPH.
        config.setAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        try {
            TextIndexLucene index = new TextIndexLucene(FSDirectory.open(folder), config);
            return (DatasetGraphText) TextDatasetFactory.create(DatasetFactory.wrap(tdb), index, true).asDatasetGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index " + folder, e);
        }
    }
}
