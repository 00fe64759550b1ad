package org.policykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;

/** The reader fetches the tasks of the governments asked for, as the link stage reads one chain at a time. */
class CorpusReaderTest {

    private final CorpusReader corpus = new CorpusReader(SeedStore.get().dataset());

    @Test
    void eachGovernmentsTasksAreItsOwnAndTogetherEveryTask() {
        List<String> governments = corpus.governments();
        assertTrue(governments.size() >= 2, governments.toString());
        List<LinkTask> all = corpus.tasks();
        assertEquals(484, all.size());
        Set<String> read = new HashSet<>();
        for (String code : governments) {
            List<LinkTask> tasks = corpus.tasks(List.of(code));
            assertFalse(tasks.isEmpty(), code);
            for (LinkTask t : tasks) {
                assertEquals(code, t.jurisdiction(), t.id());
                assertTrue(read.add(t.iri()), "read twice: " + t.id());
            }
        }
        assertEquals(all.stream().map(LinkTask::iri).collect(java.util.stream.Collectors.toSet()), read);
    }

    @Test
    void aTaskReadWithItsChainCarriesWhatItCarriesReadWithEveryTask() {
        List<LinkTask> all = corpus.tasks();
        List<LinkTask> one = new ArrayList<>();
        for (String code : corpus.governments()) one.addAll(corpus.tasks(List.of(code)));
        one.sort(java.util.Comparator.comparingInt(t -> all.stream().map(LinkTask::iri).toList().indexOf(t.iri())));
        assertEquals(all, one, "texts, targets, leads and units");
        assertTrue(all.stream().anyMatch(t -> !t.targets().isEmpty()) && all.stream().anyMatch(t -> !t.leads().isEmpty()));
    }

    @Test
    void theParagraphsAreThoseOfTheReportsAskedFor() {
        Set<String> reports = CorpusReader.reportsOf(corpus.tasks());
        List<Linker.ReportParagraph> paragraphs = corpus.paragraphs(reports);
        assertFalse(paragraphs.isEmpty());
        for (Linker.ReportParagraph p : paragraphs) assertTrue(reports.contains(p.reportIri()), p.iri());
        assertEquals(List.of(), corpus.paragraphs(List.of()));
    }
}
