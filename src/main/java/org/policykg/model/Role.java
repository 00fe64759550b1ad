package org.policykg.model;

/** What a unit answers for in a task. */
public enum Role {
    /** 牵头单位: leads the task. */
    LEAD("lead"),
    /** 配合单位, 协办单位, or 责任单位 written beside a 牵头单位. */
    COOPERATING("cooperating"),
    /** 责任单位 with no lead named: responsible, without a lead/cooperating split. */
    RESPONSIBLE("responsible"),
    /** 数据提供单位: provides the data the task is measured by. */
    DATA_PROVIDER("data-provider");

    private final String label;

    Role(String label) { this.label = label; }

    /** The lower-case English name used in query output and IRIs. */
    public String label() { return label; }
}
