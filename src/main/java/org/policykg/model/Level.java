package org.policykg.model;

/** Administrative level of a jurisdiction, or the 省级/市级/区级 qualifier written in a unit clause. */
public enum Level {
    /** The State Council (国务院), the whole country: above the provinces, the top of every chain. */
    NATIONAL("national"),
    PROVINCE("province"),
    CITY("city"),
    DISTRICT("district"),
    STREET("street");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    public String label() { return label; }

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
