package org.policykg.link;

import java.util.List;

/**
 * A task as the linker sees it: where it stands ({@code source:list:task}), its text, and the
 * government and year whose plan it is: the report it implements, or for an action plan the
 * document's own jurisdiction and year. {@code leads} are the units that lead it (where the document
 * names no lead, the units it names first), {@code units} every unit it names; collectives are left out.
 * {@code section} is the heading path it stands under (三、… / (一)…), empty when none.
 */
public record LinkTask(String iri, String source, int list, String number, String text,
                       String jurisdiction, String level, int year, String reportIri, List<Quantity> targets,
                       List<String> leads, List<String> units, String section) {

    public LinkTask(String iri, String source, int list, String number, String text,
                    String jurisdiction, String level, int year, String reportIri, List<Quantity> targets,
                    List<String> leads, List<String> units) {
        this(iri, source, list, number, text, jurisdiction, level, year, reportIri, targets, leads, units, "");
    }

    public LinkTask(String iri, String source, int list, String number, String text,
                    String jurisdiction, String level, int year, String reportIri, List<Quantity> targets) {
        this(iri, source, list, number, text, jurisdiction, level, year, reportIri, targets, List.of(), List.of(), "");
    }

    /** A target of the task, reduced to what linking compares. */
    public record Quantity(String indicator, double value, String unit) {}

    public String id() {
        return source + ":" + list + ":" + number;
    }
}
