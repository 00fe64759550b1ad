package org.policykg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.policykg.SeedStore;
import org.policykg.link.CorpusReader;
import org.policykg.link.LinkTask;

/**
 * Measures the text-index analyzers on the seed tasks: for words an analyst types, the tasks whose
 * text contains the words are the relevant ones; precision and recall of the top 10 hits.
 * Run: java -cp target/test-classes:target/classes:$(cat classpath) org.policykg.bench.AnalyzerComparison
 */
public final class AnalyzerComparison {

    private static final List<String> QUERIES = List.of("停车泊位", "充电桩", "老旧小区", "养老服务", "招商引资", "营商环境",
            "食品安全", "安全生产", "高新技术企业", "口袋公园", "保障性租赁住房", "疫情防控");

    public static void main(String[] args) throws Exception {
        List<LinkTask> tasks = new CorpusReader(SeedStore.get().dataset()).tasks();
        for (Analyzer analyzer : List.of(new CJKAnalyzer(), new SmartChineseAnalyzer())) {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                for (LinkTask t : tasks) {
                    Document d = new Document();
                    d.add(new StoredField("iri", t.iri()));
                    d.add(new TextField("text", t.text(), Field.Store.NO));
                    w.addDocument(d);
                }
            }
            IndexSearcher searcher = new IndexSearcher(DirectoryReader.open(dir));
            double p = 0, r = 0;
            for (String q : QUERIES) {
                Set<String> relevant = tasks.stream().filter(t -> t.text().contains(q)).map(LinkTask::iri).collect(Collectors.toSet());
                List<String> hits = new ArrayList<>();
                for (ScoreDoc sd : searcher.search(new QueryBuilder(analyzer).createBooleanQuery("text", q), 10).scoreDocs) {
                    hits.add(searcher.storedFields().document(sd.doc).get("iri"));
                }
                long correct = hits.stream().filter(relevant::contains).count();
                p += hits.isEmpty() ? 1 : (double) correct / hits.size();
                r += (double) correct / Math.min(10, Math.max(1, relevant.size()));
            }
            System.out.printf("%s: precision@10 %.3f, recall@10 %.3f over %d queries%n", analyzer.getClass().getSimpleName(),
                    p / QUERIES.size(), r / QUERIES.size(), QUERIES.size());
        }
        System.exit(0);
    }
}
