package org.policykg.model;

/** How a target's value binds: 以上 is at least, 以内 at most, 左右 about, 1-2家 a range. */
public enum Comparator {
    EXACTLY("exactly"), AT_LEAST("atLeast"), MORE_THAN("moreThan"), AT_MOST("atMost"), ABOUT("about"), RANGE("range");

    private final String localName;

    Comparator(String localName) { this.localName = localName; }

    public String localName() { return localName; }
}
