package org.policykg.segment;

import org.policykg.lexicon.Lexicon;
import java.util.List;
import org.policykg.model.Level;
import org.policykg.model.Role;

/**
 * The unit clause of a task's text, as spans of the normalised text: the body ends at
 * {@code bodyEnd}, the clause runs to {@code clauseEnd}; what follows it on the same text is
 * {@code trailing} (a heading glued after the clause). {@code fields} are the other fields of the
 * clause (完成时限, 任务来源); {@code rule} is a lead rule the clause states (列第一位的为牵头单位), or null;
 * {@code unread} is a unit field or role-word bracket from which no unit could be read, or null.
 */
public record ParsedClause(int bodyEnd, int clauseEnd, List<Name> units, List<Name> leaders, String trailing,
                           List<Field> fields, Lexicon.LeadRule rule, String unread) {

    public ParsedClause(int bodyEnd, int clauseEnd, List<Name> units, List<Name> leaders, String trailing,
                        List<Field> fields, Lexicon.LeadRule rule) {
        this(bodyEnd, clauseEnd, units, leaders, trailing, fields, rule, null);
    }

    /** A name in the clause: the span of the normalised text, and for units their role and qualifier. */
    public record Name(Role role, Level level, int start, int end) {}

    /** A field that names no unit: its kind (deadline, source, progress …) and the span of its value. */
    public record Field(Lexicon.Kind kind, int start, int end) {}

    public ParsedClause(int bodyEnd, int clauseEnd, List<Name> units, List<Name> leaders, String trailing) {
        this(bodyEnd, clauseEnd, units, leaders, trailing, List.of(), null);
    }

    public static ParsedClause none(int length) {
        return new ParsedClause(length, length, List.of(), List.of(), "");
    }

    public boolean hasClause() {
        return !units.isEmpty() || !leaders.isEmpty();
    }

    /** The same clause, noting text from which no unit could be read. */
    public ParsedClause withUnread(String text) {
        return new ParsedClause(bodyEnd, clauseEnd, units, leaders, trailing, fields, rule, text);
    }

    /** The same clause with other units (a rule decided their roles). */
    public ParsedClause withUnits(List<Name> newUnits) {
        return new ParsedClause(bodyEnd, clauseEnd, newUnits, leaders, trailing, fields, rule, unread);
    }
}
