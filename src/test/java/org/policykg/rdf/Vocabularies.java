package org.policykg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;

/**
 * The policykg ontology with the vocabularies it imports, read from the copies in
 * {@code src/test/resources/ontology/imports} through its {@code catalog.tsv}, and the indicator
 * thesaurus the data's indicator concepts come from.
 */
final class Vocabularies {

    static final Path ONTOLOGY = Path.of("ontology/policykg.ttl");
    private static final Path IMPORTS = Path.of("src/test/resources/ontology/imports");

    private Vocabularies() {}

    /** The ontology, every vocabulary it imports (one level: the copies already hold what those import) and the thesaurus. */
    static Model load() {
        Model all = RDFDataMgr.loadModel(ONTOLOGY.toString());
        Map<String, Path> catalog = catalog();
        for (RDFNode imported : all.listObjectsOfProperty(OWL.imports).toList()) {
            Path file = catalog.get(imported.asResource().getURI());
            if (file == null) throw new IllegalStateException("no copy of the import " + imported + " in " + IMPORTS.resolve("catalog.tsv"));
            RDFDataMgr.read(all, file.toString());
        }
        all.add(thesaurus());
        return all;
    }

    /** The ontology alone, without its imports. */
    static Model ontology() {
        return RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    static Model thesaurus() {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Vocabularies.class.getResourceAsStream("/org/policykg/indicator/indicators.ttl")) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(m);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    /** A copy of an imported vocabulary, by its file name in the imports folder. */
    static Model imported(String file) {
        return RDFDataMgr.loadModel(IMPORTS.resolve(file).toString());
    }

    private static Map<String, Path> catalog() {
        Map<String, Path> map = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(IMPORTS.resolve("catalog.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                map.put(cols[0], IMPORTS.resolve(cols[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return map;
    }
}
