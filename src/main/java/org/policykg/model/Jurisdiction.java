package org.policykg.model;

/**
 * A division of the GB/T 2260 gazetteer. {@code code} is the six-digit county-level form
 * (420000, 420200, 420204) or the nine-digit street code; {@code parentCode} is null for a province.
 */
public record Jurisdiction(String code, String name, Level level, String parentCode) {

    /** The name without its administrative suffix (下陆区 → 下陆, 黄石市 → 黄石), as texts shorten it. */
    public String shortName() {
        for (String suffix : new String[] {"土家族苗族自治州", "自治州", "自治县", "街道", "省", "市", "区", "县", "镇", "乡"}) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
