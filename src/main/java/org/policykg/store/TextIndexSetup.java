package org.policykg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.store.FSDirectory;
import org.policykg.rdf.PKG;

/**
 * The jena-text (Lucene) index of a store: task and paragraph texts in field {@code text}, unit
 * names (canonical and as written) in field {@code name}, analysed as CJK bigrams, which find a
 * word however the text segments it (BENCHMARKS.md compares them with SmartChineseAnalyzer's words).
 * Each indexed triple has a uid, so a deleted or replaced document leaves no stale entries.
 */
final class TextIndexSetup {

    static final String FOLDER = "text-index";

    private TextIndexSetup() {}

    static DatasetGraph wrap(DatasetGraph tdb, Path folder) {
        EntityDefinition entity = new EntityDefinition("uri", "text", PKG.text.asNode());
        entity.set("name", SKOS.prefLabel.asNode());
        entity.set("name", PKG.writtenName.asNode());
        entity.setUidField("uid");
        entity.setLangField("lang");
        TextIndexConfig config = new TextIndexConfig(entity);
        config.setAnalyzer(new CJKAnalyzer());
        config.setQueryAnalyzer(new CJKAnalyzer());
        config.setValueStored(true);
        try {
            TextIndex index = TextDatasetFactory.createLuceneIndex(FSDirectory.open(folder), config);
            return TextDatasetFactory.create(DatasetFactory.wrap(tdb), index, true).asDatasetGraph();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the text index " + folder, e);
        }
    }

}
