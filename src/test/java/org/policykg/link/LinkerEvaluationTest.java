package org.policykg.link;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;

/** The linker against the hand-labelled links of the seeds; the numbers go to BENCHMARKS.md. */
class LinkerEvaluationTest {

    @Test
    void precisionAndRecallOnTheLabelledSeedLinks() throws IOException {
        CorpusReader corpus = new CorpusReader(SeedStore.get().dataset());
        List<LinkTask> tasks = corpus.tasks();
        List<Link> links = new Linker(SeedStore.GAZETTEER).link(tasks, corpus.paragraphs());
        Map<String, LinkTask> byIri = tasks.stream().collect(Collectors.toMap(LinkTask::iri, Function.identity()));
        Map<String, Set<String>> labels = LinkEvaluation.labelled();
        LinkEvaluation.Metrics m = LinkEvaluation.evaluate(links, byIri, labels);
        System.out.println("contributes-to links: " + m);
        for (double t = 0.15; t < 0.61; t += 0.05) System.out.println("  " + LinkEvaluation.evaluate(links, byIri, labels, t));
        assertTrue(labels.values().stream().mapToInt(Set::size).sum() >= 60, "at least 60 labelled links");
        assertTrue(m.precision() >= 0.8, m.toString());
        assertTrue(m.recall() >= 0.7, m.toString());
    }
}
