package org.policykg.model;

/** What a target's number measures. */
public enum TargetKind {
    /** A count or amount: 新增停车泊位1万个. */
    LEVEL("levelValue"),
    /** A rate of growth: 地区生产总值增长6.5%. */
    GROWTH_RATE("growthRate"),
    /** A share or ratio: 城镇登记失业率4%, 占比11%. */
    SHARE("share");

    private final String localName;

    TargetKind(String localName) { this.localName = localName; }

    public String localName() { return localName; }
}
