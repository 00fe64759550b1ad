package org.policykg.model;

/**
 * A division of the GB/T 2260 gazetteer. {@code code} is the six-digit county-level form
 * (420000, 420200, 420204) or the nine-digit street code; {@code parentCode} is null for the national level only
 * (a province's parent is {@link #NATIONAL_CODE}).
 */
public record Jurisdiction(String code, String name, Level level, String parentCode) {

    /**
     * GB/T 2260 has no code for the country as a whole; policykg uses 100000, the code the national
     * geographic data services (the AMap / DataV administrative codes) give 中华人民共和国.
     */
    public static final String NATIONAL_CODE = "100000";

    /** The name without its administrative suffix (下陆区 → 下陆, 黄石市 → 黄石), as texts shorten it. */
    public String shortName() {
        for (String suffix : new String[] {"土家族苗族自治州", "维吾尔自治区", "回族自治区", "壮族自治区", "自治区", "自治州", "自治县", "街道", "新区", "省", "市", "区", "县", "镇", "乡"}) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }
}
