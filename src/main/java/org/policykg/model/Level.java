package org.policykg.model;

/** Administrative level of a jurisdiction, or the 省级/市级/区级 qualifier written in a unit clause. */
public enum Level {
    /** The State Council (国务院), the whole country: above the provinces, the top of every chain. */
    NATIONAL("national", "国"),
    PROVINCE("province", "省"),
    CITY("city", "市"),
    DISTRICT("district", "区"),
    STREET("street", "街道");

    private final String label;
    private final String prefix;

    Level(String label, String prefix) {
        this.label = label;
        this.prefix = prefix;
    }

    public String label() { return label; }

    /** The one-character prefix a unit name at this level starts with (市发改委, 区财政局). */
    public String prefix() { return prefix; }

    /** Reads a 省级/市级/区级/县级 qualifier; null when the text names none. */
    public static Level fromQualifier(String qualifier) {
        if (qualifier == null || qualifier.isEmpty()) return null;
        return switch (qualifier.charAt(0)) {
            case '省' -> PROVINCE;
            case '市' -> CITY;
            case '区', '县' -> DISTRICT;
            default -> null;
        };
    }
}
