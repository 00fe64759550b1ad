package org.policykg.model;

import java.util.List;

/**
 * A numbered task of a list. {@code number} is printed as in the document ("12", "一");
 * {@code ordinal} is its 1-based place in the list, for ordering. {@code leaders} are posts or
 * persons named as 责任领导/牵头领导, never units. {@code sources} are the documents its 任务来源 names.
 */
public record Task(
        String number,
        int ordinal,
        String section,
        String text,
        Span span,
        List<Responsibility> responsibilities,
        List<String> leaders,
        List<Target> targets,
        List<Deadline> deadlines,
        List<DocumentRef> sources) {

    public Task(String number, int ordinal, String section, String text, Span span, List<Responsibility> responsibilities,
                List<String> leaders, List<Target> targets, List<Deadline> deadlines) {
        this(number, ordinal, section, text, span, responsibilities, leaders, targets, deadlines, List.of());
    }

    public Task {
        sources = List.copyOf(sources);
        responsibilities = List.copyOf(responsibilities);
        leaders = List.copyOf(leaders);
        targets = List.copyOf(targets);
        deadlines = List.copyOf(deadlines);
    }
}
