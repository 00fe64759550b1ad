package org.policykg.model;

/** What a source document is. */
public enum DocumentKind {
    /** 重点任务分解 / 责任分解方案: a notice that assigns a report's tasks to units. */
    DECOMPOSITION_NOTICE("DecompositionNotice"),
    /** 政府工作报告 (and 管委会工作报告 of development zones and new areas): the report itself. */
    WORK_REPORT("WorkReport"),
    /** The autumn report of a new term of government, which sets five-year goals (今后五年). */
    NEW_TERM_REPORT("NewTermReport"),
    /** A report on the progress or completion of work (…情况的报告, 法治政府建设工作报告). */
    PROGRESS_REPORT("ProgressReport"),
    /** 行动方案 / 实施方案: a plan that is its own parent. */
    ACTION_PLAN("ActionPlan");

    private final String localName;

    DocumentKind(String localName) { this.localName = localName; }

    /** True for the kinds that are a government's work report: stored as the report's text. */
    public boolean isWorkReport() { return this == WORK_REPORT || this == NEW_TERM_REPORT; }

    /** Local name of the ontology class for this kind. */
    public String localName() { return localName; }
}
