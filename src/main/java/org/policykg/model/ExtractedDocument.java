package org.policykg.model;

import java.util.List;

/**
 * Everything extracted from one source file. {@code report} is set when the document is itself a
 * work report, whose text is {@code paragraphs}. {@code goalTargets} come from the document's
 * 主要预期目标 paragraph and belong to the report its lists implement; {@code noticeDeadlines} are the
 * dates the notice itself sets its units (各责任单位于2023年2月28日前将…报区政府督查室);
 * {@code qualitativeGoals} the main expected targets stated without a number; {@code implementsDocuments}
 * the documents the notice says it implements (根据《…》(皖政〔2022〕9号)).
 */
public record ExtractedDocument(
        String fileName,
        String sha256,
        DocumentInfo info,
        ReportRef report,
        List<TaskList> lists,
        List<Paragraph> paragraphs,
        List<Target> goalTargets,
        List<Deadline> noticeDeadlines,
        List<QualitativeTarget> qualitativeGoals,
        List<DocumentRef> implementsDocuments) {

    public ExtractedDocument {
        implementsDocuments = List.copyOf(implementsDocuments);
        lists = List.copyOf(lists);
        paragraphs = List.copyOf(paragraphs);
        goalTargets = List.copyOf(goalTargets);
        noticeDeadlines = List.copyOf(noticeDeadlines);
        qualitativeGoals = List.copyOf(qualitativeGoals);
    }

    /** A document without qualitative main expected targets or references to what it implements. */
    public ExtractedDocument(String fileName, String sha256, DocumentInfo info, ReportRef report, List<TaskList> lists,
                             List<Paragraph> paragraphs, List<Target> goalTargets, List<Deadline> noticeDeadlines) {
        this(fileName, sha256, info, report, lists, paragraphs, goalTargets, noticeDeadlines, List.of(), List.of());
    }
}
