package org.policykg.model;

/** What a source document is. */
public enum DocumentKind {
    /** 重点任务分解 / 责任分解方案: a notice that assigns a report's tasks to units. */
    DECOMPOSITION_NOTICE("DecompositionNotice"),
    /** 政府工作报告: the report itself. */
    WORK_REPORT("WorkReport"),
    /** 行动方案 / 实施方案: a plan that is its own parent. */
    ACTION_PLAN("ActionPlan");

    private final String localName;

    DocumentKind(String localName) { this.localName = localName; }

    /** Local name of the ontology class for this kind. */
    public String localName() { return localName; }
}
