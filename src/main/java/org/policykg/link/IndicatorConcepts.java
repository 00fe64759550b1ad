package org.policykg.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.policykg.indicator.IndicatorThesaurus;
import org.policykg.model.IndicatorConcept;

/**
 * The indicators of the indicator thesaurus that a task's text names, clause by clause: 城镇新增就业 and
 * 新增城镇就业 are one indicator, whatever the words around them. Each task's set is found once.
 */
final class IndicatorConcepts {

    private final IndicatorThesaurus thesaurus;
    private final Map<String, Set<String>> byTask = new HashMap<>();

    IndicatorConcepts(IndicatorThesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    Set<String> of(LinkTask task) {
        return byTask.computeIfAbsent(task.iri(), k -> named(task.text()));
    }

    /** Concepts both tasks name. */
    Set<String> shared(LinkTask a, LinkTask b) {
        Set<String> shared = new HashSet<>(of(a));
        shared.retainAll(of(b));
        return shared;
    }

    private Set<String> named(String text) {
        Set<String> concepts = new HashSet<>();
        for (String clause : text.split("[,，;；。、:：]")) thesaurus.match(clause).map(IndicatorConcept::prefLabel).ifPresent(concepts::add);
        return concepts;
    }
}
