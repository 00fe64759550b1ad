package org.policykg.link;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * An in-memory Lucene index of the tasks that may be parents, searched with BM25 over CJK
 * bigrams and filtered to the child's own chain of governments and years. Each search costs about
 * the same whatever the corpus size, so linking grows with the number of tasks, not its square.
 */
final class CandidateIndex implements AutoCloseable {

    private static final String IRI = "iri";
    private static final String TEXT = "text";
    private static final String JURISDICTION = "jurisdiction";
    private static final String YEAR = "year";
    private static final String REPORT = "report";
    /** Well under Lucene's default limit of 1,024 clauses; a task rarely has more distinct bigrams. */
    private static final int MAX_QUERY_TERMS = 256;

    private final Analyzer analyzer = new CJKAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    /** Bigram → number of indexed tasks with it; bounded by the corpus's bigram vocabulary. */
    private final Map<String, Integer> docFreqs = new java.util.HashMap<>();

    CandidateIndex(Collection<LinkTask> tasks) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (LinkTask t : tasks) {
                Document doc = new Document();
                doc.add(new StoredField(IRI, t.iri()));
                doc.add(new TextField(TEXT, t.text(), Field.Store.NO));
                doc.add(new StringField(JURISDICTION, t.jurisdiction(), Field.Store.NO));
                doc.add(new IntField(YEAR, t.year(), Field.Store.NO));
                if (t.reportIri() != null) doc.add(new StringField(REPORT, t.reportIri(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build the candidate index", e);
        }
    }

    /** The IRIs of the best {@code k} tasks of {@code jurisdictions} in {@code years} for {@code text}. */
    List<String> search(String text, Collection<String> jurisdictions, int[] years, int k) {
        Query words = words(text);
        if (words == null || jurisdictions.isEmpty()) return List.of();
        Query query = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new TermInSetQuery(JURISDICTION, jurisdictions.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER)
                .add(IntField.newSetQuery(YEAR, years), BooleanClause.Occur.FILTER)
                .build();
        return hits(query, k);
    }

    /** The best {@code k} tasks of one report for {@code text}. */
    List<String> searchReport(String text, String reportIri, int k) {
        Query words = words(text);
        if (words == null) return List.of();
        Query query = new BooleanQuery.Builder()
                .add(words, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(REPORT, reportIri)), BooleanClause.Occur.FILTER)
                .build();
        return hits(query, k);
    }

    /**
     * The text's most selective bigrams as one disjunction. Like Lucene's MoreLikeThis, a long text
     * is searched by its rarest terms, so a paragraph of any length stays within Lucene's clause limit.
     */
    private Query words(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (TokenStream tokens = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) counts.merge(term.toString(), 1, Integer::sum);
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (counts.isEmpty()) return null;
        List<Map.Entry<String, Integer>> byRarity = new ArrayList<>(counts.entrySet());
        // Each bigram's document frequency is looked up once per index, not once per comparison.
        for (String term : counts.keySet()) docFreqs.computeIfAbsent(term, this::docFreq);
        byRarity.sort(Comparator.comparingInt((Map.Entry<String, Integer> e) -> docFreqs.get(e.getKey())).thenComparing(Map.Entry::getKey));
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (Map.Entry<String, Integer> e : byRarity.subList(0, Math.min(MAX_QUERY_TERMS, byRarity.size()))) {
            Query term = new TermQuery(new Term(TEXT, e.getKey()));
            query.add(e.getValue() == 1 ? term : new BoostQuery(term, e.getValue()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private int docFreq(String term) {
        try {
            return reader.docFreq(new Term(TEXT, term));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> hits(Query query, int k) {
        try {
            List<String> iris = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, k).scoreDocs) iris.add(searcher.storedFields().document(hit.doc).get(IRI));
            return iris;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
