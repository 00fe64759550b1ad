package org.policykg.segment;

import org.policykg.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import org.policykg.model.Role;

/**
 * Reads a list of unit names as tokens — name, separator (、 , ; line break), role word (牵头, 负责,
 * 配合, 会同 … from the lexicon), bracket, 等, 由 — and gives each name its role: a role word
 * applies to the names before it; 会同 makes the names before it lead and those after it cooperate;
 * names after a lead that end in 负责 or 配合 cooperate. A bracket stating a lead rule
 * (列第一位的为牵头单位) is recorded, not read as part of a name. Reading stops at 。.
 */
final class UnitListReader {

    /** How strictly names are judged: after a field label any name is a unit; elsewhere only organisations' names are. */
    enum Mode { LABELLED, BRACKET, RUNNING }

    /** A name with its role; {@code start}/{@code end} are offsets into the text. */
    record Item(Role role, int start, int end) {}

    /** What was read: the names, whether a role word was seen, a lead rule if one was stated, and where reading stopped. */
    record Result(List<Item> items, boolean roleWord, Lexicon.LeadRule rule, int end) {
        boolean accepted() {
            return !items.isEmpty();
        }
    }

    private static final String SEPARATORS = "、,;\n";
    private static final String TRIM = " \t\n、,;:。.";
    private static final int MAX_NAME = 40;
    private static final int MAX_BRACKET = 300;
    /** A bracket with a comma this long is a note, not part of a name (各县(市,区)政府 keeps its bracket). */
    private static final int NOTE_MIN = 8;

    private final Lexicon lexicon = Lexicon.get();

    /**
     * Reads {@code text[from, to)}. {@code defaultRole} is the role of names with no role word (the
     * label's); {@code clauseHasLead} says a lead is named elsewhere in the clause.
     */
    Result read(String text, int from, int to, Mode mode, Role defaultRole, boolean clauseHasLead) {
        Scanner s = new Scanner(text, from, to, mode);
        s.scan();
        List<Item> items = new ArrayList<>();
        boolean leadSeen = clauseHasLead;
        boolean afterJoint = false;
        for (Segment seg : s.segments) {
            Role role = roleOf(seg.kind, defaultRole, leadSeen || afterJoint);
            if (seg.kind == Lexicon.Kind.JOINT) role = Role.LEAD;
            List<int[]> names = names(text, seg.spans, mode, seg.kind != null);
            if (mode == Mode.RUNNING && seg.kind == null && !afterJoint) break;
            for (int[] n : names) items.add(new Item(role, n[0], n[1]));
            if (role == Role.LEAD && !names.isEmpty()) leadSeen = true;
            if (seg.kind == Lexicon.Kind.JOINT) afterJoint = true;
        }
        boolean roleWord = s.segments.stream().anyMatch(g -> g.kind != null);
        return new Result(items, roleWord, s.rule, s.stop);
    }

    private static Role roleOf(Lexicon.Kind kind, Role defaultRole, boolean afterLead) {
        if (kind == null) return afterLead && defaultRole == Role.RESPONSIBLE ? Role.COOPERATING : defaultRole;
        return switch (kind) {
            case LEAD -> Role.LEAD;
            case COOPERATING -> Role.COOPERATING;
            default -> afterLead ? Role.COOPERATING : defaultRole == Role.LEAD ? Role.LEAD : Role.RESPONSIBLE;
        };
    }

    /** The names of a segment's spans: trimmed, split on 和/及/space where both sides are organisations, judged by mode. */
    private List<int[]> names(String text, List<int[]> spans, Mode mode, boolean hasRoleWord) {
        List<int[]> names = new ArrayList<>();
        for (int[] span : spans) {
            int[] t = trim(text, span[0], span[1]);
            if (t == null) continue;
            for (int[] part : splitJoined(text, t[0], t[1])) {
                String name = text.substring(part[0], part[1]);
                if (name.length() > MAX_NAME || name.contains("。")) continue;
                boolean organisation = lexicon.isOrganisation(name);
                if (mode == Mode.LABELLED || organisation || (hasRoleWord && mode == Mode.BRACKET && !name.matches(".*\\d.*"))) {
                    names.add(part);
                }
            }
        }
        return names;
    }

    /** 省直各部门和各市人民政府 → two names; 文化和旅游厅 stays one (文化 is no organisation). */
    private List<int[]> splitJoined(String text, int start, int end) {
        for (int i = start + 2; i < end - 2; i++) {
            char c = text.charAt(i);
            if (c == '和' || c == '及' || c == ' ') {
                String left = text.substring(start, i).strip();
                String right = text.substring(i + 1, end).strip();
                if (lexicon.isOrganisation(left) && lexicon.isOrganisation(right)) {
                    List<int[]> parts = new ArrayList<>(splitJoined(text, start, i));
                    int r = i + 1;
                    while (r < end && text.charAt(r) == ' ') r++;
                    parts.addAll(splitJoined(text, r, end));
                    return parts;
                }
            }
        }
        return List.of(new int[] {start, end});
    }

    /** Trims separators and a bracket left unmatched (004 writes 相关县(市、区)政府)]); linear in the name. */
    static int[] trim(String text, int start, int end) {
        while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) start++;
        while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) end--;
        int depth = 0;
        int firstUnclosed = -1;
        int lastGood = end;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Brackets.isOpen(c)) {
                if (depth == 0) firstUnclosed = i;
                depth++;
            } else if (Brackets.isClose(c)) {
                if (depth == 0) { lastGood = i; break; }
                depth--;
            }
        }
        end = lastGood;
        if (depth > 0 && firstUnclosed == start) start++;
        while (start < end && TRIM.indexOf(text.charAt(start)) >= 0) start++;
        while (end > start && TRIM.indexOf(text.charAt(end - 1)) >= 0) end--;
        return end > start ? new int[] {start, end} : null;
    }

    /** Names separated by role words. */
    private static final class Segment {
        final List<int[]> spans = new ArrayList<>();
        Lexicon.Kind kind;
    }

    private final class Scanner {
        final String text;
        final int from;
        final int to;
        final Mode mode;
        final List<Segment> segments = new ArrayList<>();
        Segment current = new Segment();
        int itemStart = -1;
        boolean afterDeng;
        Lexicon.LeadRule rule;
        int stop;

        Scanner(String text, int from, int to, Mode mode) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.mode = mode;
        }

        void scan() {
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (Brackets.isOpen(c)) {
                    // a bracket inside a list is part of a name or a short note: look no further than that
                    int close = Brackets.matchingClose(text, i, Math.min(to, i + MAX_BRACKET));
                    if (close < 0 && i + MAX_BRACKET < to) {
                        if (itemStart < 0) itemStart = i;
                        i++;
                        continue;
                    }
                    int end = close < 0 ? to : close;
                    Lexicon.LeadRule stated = lexicon.leadRuleIn(text.substring(i, Math.min(end, i + 200)));
                    if (stated != null || isNote(i, end)) {
                        if (stated != null) rule = stated;
                        closeItem(i);
                    } else if (itemStart < 0) {
                        itemStart = i;
                    }
                    i = end;
                    continue;
                }
                if (c == '。') {
                    closeItem(i);
                    String rest = text.substring(i, Math.min(to, i + 200));
                    Lexicon.LeadRule stated = lexicon.leadRuleIn(rest);
                    if (stated != null) rule = stated;
                    stop = i;
                    finish();
                    return;
                }
                String role = itemStart < 0 && current.spans.isEmpty() && segments.isEmpty() ? null : lexicon.roleWordAt(text, i, to);
                if (role != null) {
                    closeItem(i);
                    current.kind = lexicon.roleOf(role);
                    segments.add(current);
                    current = new Segment();
                    i += role.length();
                    continue;
                }
                if (SEPARATORS.indexOf(c) >= 0) {
                    closeItem(i);
                    afterDeng = false;
                } else if (c == '等') {
                    closeItem(i);
                    afterDeng = true;
                } else if (c == '由' && itemStart < 0) {
                    // 由X负责: 由 opens the list, it is no part of a name
                } else if (itemStart < 0) {
                    itemStart = i;
                    if (mode == Mode.RUNNING) {
                        int[] ahead = runningName(i);
                        if (ahead[0] < 0 || ahead[0] < ahead[1]) {
                            if (ahead[0] < 0) itemStart = -1;
                            closeItem(Math.max(ahead[0], i));
                            stop = i;
                            finish();
                            return;
                        }
                    }
                }
                i++;
            }
            closeItem(to);
            stop = to;
            finish();
        }

        /** A bracket inside a list that holds no name: a note such as (下同) or a rule. */
        private boolean isNote(int open, int end) {
            String inner = text.substring(open + 1, Math.max(open + 1, end - 1));
            return inner.contains("下同") || (inner.contains(",") && inner.length() > NOTE_MIN);
        }

        /**
         * In running text a name must come before the next separator or role word; prose stops the
         * reading. Returns {end of the name or -1, end of the item}: 部门研究提出落实意见 gives 部门.
         */
        private int[] runningName(int i) {
            int j = i;
            while (j < to && j - i <= MAX_NAME) {
                char c = text.charAt(j);
                if (SEPARATORS.indexOf(c) >= 0 || c == '。' || c == '等' || Brackets.isOpen(c) || lexicon.roleWordAt(text, j, to) != null) break;
                j++;
            }
            for (int e = j; e >= i + 2; e--) {
                String name = text.substring(i, e);
                if (lexicon.isOrganisation(name) || lexicon.isCollectiveWord(name)) return new int[] {e, j};
            }
            return new int[] {-1, j};
        }

        private void closeItem(int end) {
            if (itemStart >= 0 && end > itemStart) {
                int[] span = {itemStart, end};
                if (afterDeng) {
                    String name = text.substring(itemStart, end).strip();
                    if (lexicon.isOrganisation(name) || lexicon.isCollectiveWord(name)) current.spans.add(span);
                } else {
                    current.spans.add(span);
                }
            }
            if (itemStart >= 0) afterDeng = false;
            itemStart = -1;
        }

        private void finish() {
            if (!current.spans.isEmpty()) segments.add(current);
        }
    }
}
