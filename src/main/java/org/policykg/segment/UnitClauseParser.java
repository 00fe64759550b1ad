package org.policykg.segment;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.policykg.model.Level;
import org.policykg.model.Role;

/**
 * Finds the unit clause of a task and the units it names, in every notation the notices use:
 * a bracketed clause of any bracket kind ([牵头单位:…;配合单位:…], (区级责任单位:…), 【…】),
 * a missing closing bracket, fields after the sentence with no bracket, one field per line,
 * sub-items (其中,A〈牵头单位:…〉;B〈…〉), and leader fields (责任领导:…), which name posts, not units.
 */
public final class UnitClauseParser {

    private static final Set<String> LEAD_LABELS = Set.of("牵头单位", "牵头部门", "主办单位");
    private static final Set<String> RESPONSIBLE_LABELS = Set.of("责任单位", "责任部门");
    private static final Set<String> LEADER_LABELS = Set.of("牵头领导", "责任领导", "分管领导", "联系领导", "责任人");

    private final UnitNameSplitter splitter = new UnitNameSplitter();

    public ParsedClause parse(String text) {
        List<Label> labels = labels(text);
        if (labels.isEmpty()) return ParsedClause.none(text.length());
        int clauseStart = clauseStart(text, labels.get(0).start);
        int clauseEnd = clauseStart < labels.get(0).start ? closingOf(text, clauseStart) : text.length();
        List<Label> inClause = labels.stream().filter(l -> l.start >= clauseStart && l.start < clauseEnd).toList();
        boolean hasLead = inClause.stream().anyMatch(l -> LEAD_LABELS.contains(l.name));
        List<ParsedClause.Name> units = new ArrayList<>();
        List<ParsedClause.Name> leaders = new ArrayList<>();
        for (int i = 0; i < inClause.size(); i++) {
            Label label = inClause.get(i);
            int limit = i + 1 < inClause.size() ? inClause.get(i + 1).start : clauseEnd;
            int valueEnd = valueEnd(text, label.end, limit);
            for (int[] span : splitter.split(text, label.end, valueEnd)) {
                if (LEADER_LABELS.contains(label.name)) {
                    leaders.add(new ParsedClause.Name(null, null, span[0], span[1]));
                } else {
                    units.add(new ParsedClause.Name(role(label.name, hasLead), Level.fromQualifier(label.qualifier), span[0], span[1]));
                }
            }
        }
        int bodyEnd = trimEnd(text, clauseStart);
        String trailing = clauseEnd < text.length() ? text.substring(clauseEnd).strip() : "";
        return new ParsedClause(bodyEnd, clauseEnd, units, leaders, trailing);
    }

    private record Label(int start, int end, String qualifier, String name) {}

    private static List<Label> labels(String text) {
        List<Label> labels = new ArrayList<>();
        Matcher m = Patterns.FIELD_LABEL.matcher(text);
        while (m.find()) labels.add(new Label(m.start(), m.end(), m.group(1), m.group(2)));
        return labels;
    }

    private static Role role(String label, boolean clauseHasLead) {
        if (LEAD_LABELS.contains(label)) return Role.LEAD;
        if (RESPONSIBLE_LABELS.contains(label)) return clauseHasLead ? Role.COOPERATING : Role.RESPONSIBLE;
        return Role.COOPERATING;
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
            if (text.substring(outer + 1).stripLeading().startsWith("其中")) return outer;
        }
        return inner;
    }

    private static Deque<Integer> unclosedBefore(String text, int end) {
        Deque<Integer> stack = new ArrayDeque<>();
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) stack.push(i);
            else if (Brackets.isClose(c)) popMatching(text, stack, c);
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
                stack.push(i);
            } else if (Brackets.isClose(c)) {
                boolean matched = popMatching(text, stack, c);
                if (!matched && stack.size() == 1 && firstStray < 0) firstStray = i;
                if (stack.isEmpty()) return i + 1;
            }
        }
        return firstStray >= 0 ? firstStray + 1 : text.length();
    }

    /** A field's value stops at the next label, the clause end, or a close bracket it did not open. */
    private static int valueEnd(String text, int from, int limit) {
        int depth = 0;
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) depth++;
            else if (Brackets.isClose(c) && --depth < 0) return i;
        }
        return limit;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
