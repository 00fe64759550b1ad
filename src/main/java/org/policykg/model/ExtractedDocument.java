package org.policykg.model;

import java.util.List;

/**
 * Everything extracted from one source file. {@code report} is set when the document is itself a
 * work report, whose text is {@code paragraphs}.
 */
public record ExtractedDocument(
        String fileName,
        String sha256,
        DocumentInfo info,
        ReportRef report,
        List<TaskList> lists,
        List<Paragraph> paragraphs) {

    public ExtractedDocument {
        lists = List.copyOf(lists);
        paragraphs = List.copyOf(paragraphs);
    }

    public int taskCount() {
        return lists.stream().mapToInt(l -> l.tasks().size()).sum();
    }

    public int responsibilityCount() {
        return lists.stream().flatMap(l -> l.tasks().stream()).mapToInt(t -> t.responsibilities().size()).sum();
    }
}
