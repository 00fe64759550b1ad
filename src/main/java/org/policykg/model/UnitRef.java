package org.policykg.model;

import java.util.List;

/**
 * A resolved unit: its identity is {@code key} within {@code jurisdiction}, so 武汉's 市发改委 and
 * 黄石's 市发改委 are two units. {@code aliases} are second names written in brackets (区项目办);
 * {@code members} are the units a collective denotes, where the gazetteer can name them.
 */
public record UnitRef(
        Jurisdiction jurisdiction,
        String key,
        String canonicalName,
        UnitKind kind,
        List<String> aliases,
        List<UnitRef> members) {

    public UnitRef {
        aliases = List.copyOf(aliases);
        members = List.copyOf(members);
    }

    public boolean isCollective() { return kind == UnitKind.COLLECTIVE; }
}
