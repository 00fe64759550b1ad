package org.policykg.segment;

import org.policykg.lexicon.Lexicon;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import org.policykg.model.Level;
import org.policykg.model.Role;

/**
 * Finds the unit clause of a task and the units it names, in every notation the notices use:
 * labelled fields of any bracket kind ([牵头单位:…;配合单位:…], (区级责任单位:…), 〔责任单位:…〕) or
 * none, one field per line, sub-items (其中,A〈牵头单位:…〉;B〈…〉), leader fields (责任领导:…) which
 * name posts, not units; without labels, a closing bracket whose items are organisations' names
 * ((X负责), (由X、Y负责), (X牵头,Y配合), (X、Y)), or running text (由X会同Y等部门负责落实). Labels,
 * role words and what counts as an organisation's name come from the {@link Lexicon}.
 */
public final class UnitClauseParser {

    /** A unit list in running text is read over one clause's length at most, so trying every 由 stays linear. */
    private static final int MAX_RUNNING = 300;

    private final Lexicon lexicon = Lexicon.get();
    private final UnitListReader reader = new UnitListReader();

    public ParsedClause parse(String text) {
        return parse(text, false);
    }

    /** @param cut the text is the end of a document cut short: a last name that is no organisation's is dropped */
    public ParsedClause parse(String text, boolean cut) {
        List<Label> labels = labels(text);
        ParsedClause clause = labels.stream().anyMatch(l -> l.kind.namesUnits() || l.kind == Lexicon.Kind.LEADER)
                ? labelled(text, labels)
                : unlabelled(text, labels);
        return cut ? dropCutName(text, clause) : clause;
    }

    private ParsedClause labelled(String text, List<Label> labels) {
        int clauseStart = clauseStart(text, labels.get(0).start);
        int clauseEnd = clauseStart < labels.get(0).start ? closingOf(text, clauseStart) : text.length();
        List<Label> inClause = labels.stream().filter(l -> l.start >= clauseStart && l.start < clauseEnd).toList();
        boolean hasLead = inClause.stream().anyMatch(l -> l.kind == Lexicon.Kind.LEAD);
        List<ParsedClause.Name> units = new ArrayList<>();
        List<ParsedClause.Name> leaders = new ArrayList<>();
        List<ParsedClause.Field> fields = new ArrayList<>();
        Lexicon.LeadRule rule = null;
        String unread = null;
        for (int i = 0; i < inClause.size(); i++) {
            Label label = inClause.get(i);
            int limit = i + 1 < inClause.size() ? inClause.get(i + 1).start : clauseEnd;
            int valueEnd = valueEnd(text, label.end, limit);
            if (label.kind == Lexicon.Kind.LEADER) {
                for (int[] span : leaderNames(text, label.end, valueEnd)) leaders.add(new ParsedClause.Name(null, null, span[0], span[1]));
            } else if (label.kind.namesUnits()) {
                UnitListReader.Result r = reader.read(text, label.end, valueEnd, UnitListReader.Mode.LABELLED, defaultRole(label.kind, hasLead), hasLead && label.kind != Lexicon.Kind.LEAD);
                int[] value = UnitListReader.trim(text, label.end, valueEnd);
                if (r.items().isEmpty() && value != null && unread == null) unread = text.substring(label.start, valueEnd).strip();
                Level level = Level.fromQualifier(label.qualifier);
                for (UnitListReader.Item item : r.items()) units.add(new ParsedClause.Name(item.role(), level, item.start(), item.end()));
                if (r.rule() != null) rule = r.rule();
            } else {
                int[] v = UnitListReader.trim(text, label.end, limit);
                if (v != null) fields.add(new ParsedClause.Field(label.kind, v[0], v[1]));
            }
        }
        int bodyEnd = trimEnd(text, clauseStart);
        String trailing = clauseEnd < text.length() ? text.substring(clauseEnd).strip() : "";
        return new ParsedClause(bodyEnd, clauseEnd, units, leaders, trailing, fields, rule, unread);
    }

    private static Role defaultRole(Lexicon.Kind kind, boolean clauseHasLead) {
        return switch (kind) {
            case LEAD -> Role.LEAD;
            case COOPERATING -> Role.COOPERATING;
            case DATA_PROVIDER -> Role.DATA_PROVIDER;
            default -> clauseHasLead ? Role.COOPERATING : Role.RESPONSIBLE;
        };
    }

    /** Leaders are split on 、 , ; only: 王 健 is one person. */
    private static List<int[]> leaderNames(String text, int from, int to) {
        List<int[]> names = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : '\n';
            if ("、,;\n。".indexOf(c) >= 0) {
                int[] t = UnitListReader.trim(text, start, i);
                if (t != null) names.add(t);
                start = i + 1;
            }
        }
        return names;
    }

    /** No label: a closing bracket of organisations' names, else running text (由X会同Y…负责). */
    private ParsedClause unlabelled(String text, List<Label> otherFields) {
        int end = otherFields.isEmpty() ? text.length() : otherFields.get(0).start;
        ParsedClause bracket = closingBracket(text, end);
        if (bracket != null && bracket.hasClause()) return bracket;
        String unread = bracket == null ? null : bracket.unread();
        ParsedClause running = running(text, end);
        if (running != null) return running;
        // fields that name no unit (完成时限:, 重点工作:) still end the body
        int bodyEnd = trimEnd(text, end);
        return new ParsedClause(bodyEnd, text.length(), List.of(), List.of(), "", fields(text, otherFields), null, unread);
    }

    /** The last bracket of the text (before trailing 。 and spaces), or one left open at the end, read as a unit list. */
    private ParsedClause closingBracket(String text, int end) {
        int last = end;
        while (last > 0 && " \t\n。;.".indexOf(text.charAt(last - 1)) >= 0) last--;
        int open = lastTopLevelOpen(text, last);
        if (open < 0) return null;
        int close = Brackets.matchingClose(text, open, end);
        boolean closed = close == last;
        if (close >= 0 && !closed) return null;
        int innerEnd = closed ? close - 1 : last;
        UnitListReader.Result r = reader.read(text, open + 1, innerEnd, UnitListReader.Mode.BRACKET, Role.RESPONSIBLE, false);
        if (!r.accepted()) {
            return r.roleWord() && closed ? ParsedClause.none(text.length()).withUnread(text.substring(open, close)) : null;
        }
        boolean allNames = r.roleWord() || namesOnly(text, open + 1, r);
        if (!allNames || (!closed && !r.roleWord())) return null;
        List<ParsedClause.Name> units = r.items().stream().map(i -> new ParsedClause.Name(i.role(), null, i.start(), i.end())).toList();
        int clauseEnd = closed ? close : end;
        String trailing = clauseEnd < text.length() ? text.substring(clauseEnd).strip() : "";
        return new ParsedClause(trimEnd(text, open), clauseEnd, units, List.of(), trailing, List.of(), r.rule());
    }

    /** A bracket with no role word is a unit list only when all it holds are organisations' names. */
    private boolean namesOnly(String text, int from, UnitListReader.Result r) {
        int[] t = UnitListReader.trim(text, from, r.end());
        if (t == null) return false;
        String inner = text.substring(t[0], t[1]);
        int named = r.items().stream().mapToInt(i -> i.end() - i.start()).sum();
        int separators = (int) inner.chars().filter(c -> "、,;和及 ".indexOf(c) >= 0).count();
        return named + separators >= inner.length() - r.items().size() * 2;
    }

    /** The last bracket opened at top level before {@code end} (closed or not); -1 when none. */
    private static int lastTopLevelOpen(String text, int end) {
        int depth = 0;
        int lastOpen = -1;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) {
                if (depth == 0) lastOpen = i;
                if (depth < Brackets.MAX_DEPTH) depth++;
            } else if (Brackets.isClose(c) && depth > 0) {
                depth--;
            }
        }
        return lastOpen;
    }

    /** 由X会同Y、Z等部门负责落实 / X牵头,Y配合: a sentence that opens with organisations and a role word. */
    private ParsedClause running(String text, int end) {
        for (int start = 0; start < end; start++) {
            char c = text.charAt(start);
            boolean opens = start == 0 || c == '由' || "。;,:\n".indexOf(text.charAt(start - 1)) >= 0;
            if (!opens || Brackets.isOpen(c)) continue;
            UnitListReader.Result r = reader.read(text, start, Math.min(end, start + MAX_RUNNING), UnitListReader.Mode.RUNNING, Role.RESPONSIBLE, false);
            if (r.accepted() && r.roleWord()) {
                List<ParsedClause.Name> units = r.items().stream().map(i -> new ParsedClause.Name(i.role(), null, i.start(), i.end())).toList();
                return new ParsedClause(trimEnd(text, end), end, units, List.of(), "", List.of(), r.rule());
            }
        }
        return null;
    }

    private static List<ParsedClause.Field> fields(String text, List<Label> labels) {
        List<ParsedClause.Field> fields = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            int limit = i + 1 < labels.size() ? labels.get(i + 1).start : text.length();
            int[] v = UnitListReader.trim(text, labels.get(i).end, limit);
            if (v != null) fields.add(new ParsedClause.Field(labels.get(i).kind, v[0], v[1]));
        }
        return fields;
    }

    /** A document cut short ends in the middle of a name: a last name that is no organisation's is dropped. */
    private ParsedClause dropCutName(String text, ParsedClause clause) {
        int textEnd = trimEnd(text, text.length());
        int lastUnit = clause.units().stream().mapToInt(ParsedClause.Name::end).max().orElse(-1);
        List<ParsedClause.Name> units = clause.units().stream()
                .filter(n -> n.end() < lastUnit || lexicon.isOrganisation(text.substring(n.start(), n.end())))
                .toList();
        List<ParsedClause.Name> leaders = clause.leaders().stream().filter(n -> n.end() < textEnd).toList();
        return new ParsedClause(clause.bodyEnd(), clause.clauseEnd(), units, leaders, clause.trailing(), clause.fields(), clause.rule(), clause.unread());
    }

    private record Label(int start, int end, String qualifier, Lexicon.Kind kind) {}

    private List<Label> labels(String text) {
        List<Label> labels = new ArrayList<>();
        Matcher m = lexicon.fieldLabel().matcher(text);
        while (m.find()) labels.add(new Label(m.start(), m.end(), m.group(1), lexicon.labelKind(m.group(2))));
        return labels;
    }

    /**
     * Where the clause opens: for sub-items, the bracket that opens 其中; else the innermost bracket
     * around the first label; with no bracket, the label itself.
     */
    private static int clauseStart(String text, int firstLabel) {
        Deque<Integer> open = unclosedBefore(text, firstLabel);
        if (open.isEmpty()) return firstLabel;
        int inner = open.pop();
        while (!open.isEmpty()) {
            int outer = open.pop();
            if (text.startsWith("其中", skipSpaces(text, outer + 1))) return outer;
        }
        return inner;
    }

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    /** The brackets still open at {@code end}, innermost first; at most {@link Brackets#MAX_DEPTH} are tracked. */
    private static Deque<Integer> unclosedBefore(String text, int end) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) {
                if (stack.size() < Brackets.MAX_DEPTH) stack.push(i);
            } else if (Brackets.isClose(c)) {
                popMatching(text, stack, c);
            }
        }
        return stack;
    }

    /** Pops down to the bracket {@code close} matches; a close that matches none is stray and ignored. */
    private static boolean popMatching(String text, Deque<Integer> stack, char close) {
        if (stack.stream().noneMatch(i -> Brackets.closes(text.charAt(i), close))) return false;
        while (!Brackets.closes(text.charAt(stack.pop()), close)) {
            // brackets left open inside are closed with it
        }
        return true;
    }

    /**
     * The end (exclusive) of the clause opened at {@code open}: after its matching close; a stray
     * close of another kind ends it when no proper one comes (“[牵头单位:…)”); else the end of text.
     */
    private static int closingOf(String text, int open) {
        Deque<Integer> stack = new ArrayDeque<>();
        stack.push(open);
        int firstStray = -1;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) {
                if (stack.size() < Brackets.MAX_DEPTH) stack.push(i);
            } else if (Brackets.isClose(c)) {
                boolean matched = popMatching(text, stack, c);
                if (!matched && stack.size() == 1 && firstStray < 0) firstStray = i;
                if (stack.isEmpty()) return i + 1;
            }
        }
        return firstStray >= 0 ? firstStray + 1 : text.length();
    }

    /** A field's value stops at the next label, the clause end, a close bracket it did not open, or 。. */
    private static int valueEnd(String text, int from, int limit) {
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) depth = Math.min(depth + 1, Brackets.MAX_DEPTH);
            else if (Brackets.isClose(c) && --depth < 0) return i;
            else if (c == '。' && depth == 0) return i;
        }
        return limit;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
