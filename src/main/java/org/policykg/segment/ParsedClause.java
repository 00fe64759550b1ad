package org.policykg.segment;

import java.util.List;
import org.policykg.model.Level;
import org.policykg.model.Role;

/**
 * The unit clause of a task's text, as spans of the normalised text: the body ends at
 * {@code bodyEnd}, the clause runs to {@code clauseEnd}; what follows it on the same text is
 * {@code trailing} (a heading glued after the clause).
 */
public record ParsedClause(int bodyEnd, int clauseEnd, List<Name> units, List<Name> leaders, String trailing) {

    /** A name in the clause: the span of the normalised text, and for units their role and qualifier. */
    public record Name(Role role, Level level, int start, int end) {}

    public static ParsedClause none(int length) {
        return new ParsedClause(length, length, List.of(), List.of(), "");
    }

    public boolean hasClause() {
        return !units.isEmpty() || !leaders.isEmpty();
    }
}
