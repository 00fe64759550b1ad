package org.policykg.link;

import java.util.List;

/**
 * Whether two tasks are carried by the same office: the same unit, or the office of the same name one
 * level up (下陆区's 人社局 under 黄石市's 人社局). Units are compared by their IRIs, which name the
 * jurisdiction's code and the folded office name ({@code …/unit/420204/人社局}).
 */
final class UnitMatch {

    private UnitMatch() {}

    /** Some unit of {@code child} is, or is the lower counterpart of, some unit of {@code parent}. */
    static boolean any(List<String> child, String childJurisdiction, List<String> parent) {
        for (String c : child) for (String p : parent) if (same(c, childJurisdiction, p)) return true;
        return false;
    }

    static boolean same(String childUnit, String childJurisdiction, String parentUnit) {
        if (childUnit.equals(parentUnit)) return true;
        int c = childUnit.lastIndexOf('/');
        int p = parentUnit.lastIndexOf('/');
        if (c < 0 || p < 0 || !childUnit.substring(c).equals(parentUnit.substring(p))) return false;
        // Only the child government's own office has counterparts: its street offices (420204006) are not a district's.
        return childUnit.substring(0, c).endsWith("/" + childJurisdiction) && !parentUnit.substring(0, p).endsWith("/" + childJurisdiction);
    }
}
