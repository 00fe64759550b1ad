package org.policykg.segment;

import org.policykg.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.model.Role;
import org.policykg.normalise.MappedText;

/**
 * Finds the lists and tasks of a notice. Lists start at an attachment (附件2), where numbering
 * restarts at 1, and under a leader's heading (一、X省长负责的工作) or a lead unit's heading
 * ((一)省监察厅牵头的工作), whose leader or lead every task below carries; sections and subsections
 * give each task its place; the notice's own attachment list (附件:1.…2.…) and form templates are
 * not tasks. A heading glued after a task's unit clause opens the next subsection. A subsection
 * that carries a unit clause is a task numbered by its heading, and so are its siblings; so is a
 * subsection line followed by a unit line. Tables are read by their headers, from real cells or
 * from linearised text. A lead rule a notice states (列第一位的为牵头单位, 下同) decides the roles of
 * the unit lists after it.
 */
public final class TaskSegmenter {

    private static final Pattern TITLE_WORDS = Pattern.compile("分解|方案|清单|实事|任务|工作要点|计划|责任书");
    private static final Pattern TEMPLATE_WORDS = Pattern.compile("XX|××|名单|完成情况|统计表|报表|联络");
    private static final Pattern ATTACHMENT_ITEM = Pattern.compile("^\\d{1,2}\\s*[.、．]");
    private static final Pattern GOAL = Pattern.compile("主要预期目标[是为]?[:：]");
    private static final Pattern TRAILING_MARK_CONTEXT = Pattern.compile("[)\\]】〕〉。]\\s*附件\\s*\\d{1,2}\\s*$");
    /** Past this many lines a task's (1) (2) … are taken as its sub-items without reading its clause again. */
    private static final int MAX_SUB_ITEMS = 50;
    private static final String SENTENCE_ENDS = "。.;;!?!?)]】〕>》\"”";

    private final LineClassifier classifier = new LineClassifier();
    private final UnitClauseParser clauseParser = new UnitClauseParser();
    private final LineSplitter splitter = new LineSplitter();
    private final Lexicon lexicon = Lexicon.get();

    public Outline segment(List<Line> sourceLines) {
        List<Line> lines = new ArrayList<>();
        for (Line l : sourceLines) lines.addAll(splitter.split(l));
        State state = new State(lines);
        for (int i = 0; i < lines.size(); i++) {
            state.index = i;
            state.accept(lines.get(i), classifier.classify(lines.get(i)));
        }
        state.cut = isCut(lines);
        state.closeRow();
        state.closeTask();
        return new Outline(state.lists.stream().filter(l -> !l.tasks().isEmpty()).toList(), state.goal);
    }

    /** A document that ends in the middle of a sentence was cut short (a copy of the first 2,000 bytes of a page). */
    private static boolean isCut(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            String s = lines.get(i).norm();
            if (!s.isEmpty()) return SENTENCE_ENDS.indexOf(s.charAt(s.length() - 1)) < 0;
        }
        return false;
    }

    /** What a table hands its rows to. */
    interface TableSink {
        void row(String number, MappedText text, Line first, Line last);

        void sectionRow(Line line);

        /** A line of a table that lays out a page: read it as text. */
        void plainLine(Line line);

        void tableEnded();
    }

    private final class State implements TableSink {
        final List<Line> lines;
        int index;
        boolean cut;
        final List<RawList> lists = new ArrayList<>();
        List<RawTask> currentTasks;
        String pendingTitle;
        boolean collectingTitle;
        boolean listBreak;
        boolean inAttachmentList;
        boolean inTemplate;
        String section;
        String subsection;
        Line lastSubsectionLine;
        Line goal;
        OpenTask open;
        FlattenedTable table;
        CellTable cellTable;
        /** The last line was a cell of {@link #cellTable}. */
        boolean inCells;
        /** A layout table's lines are being read as text: the table stays open. */
        boolean replaying;
        /** The leader of the current leader group (孟学农省长), or null. */
        MappedText groupLeader;
        /** The lead of the current lead-unit heading (省监察厅), or null. */
        MappedText headingLead;
        int unnumbered;
        boolean subsectionTasks;
        Lexicon.LeadRule rule;

        State(List<Line> lines) {
            this.lines = lines;
        }

        Line lastLine() {
            for (int i = lines.size() - 1; i >= 0; i--) if (!lines.get(i).isBlank()) return lines.get(i);
            return null;
        }

        void accept(Line line, LineKind kind) {
            if (kind == LineKind.BLANK) return;
            if (line.cell() != null) {
                if (!inCells) { closeTask(); inCells = true; }
                if (cellTable == null) cellTable = new CellTable(this);
                if (cellTable.accept(line)) return;
                plainLine(line);
                return;
            }
            // The table stays known: a table that goes on after a line that is not one of its cells
            // (a PDF's page number between its parts on two pages) keeps its header.
            if (inCells && !replaying) { cellTable.close(); inCells = false; }
            if (table != null && table.accept(line, kind)) return;
            if (kind == LineKind.TEXT && table == null && startsHeaderRun(line)) kind = LineKind.TABLE_HEADER;
            if (kind != LineKind.TEXT) collectingTitle = false;
            if (!collectingTitle && listBreak && inTemplateTitle(pendingTitle)) inTemplate = true;
            if (inAttachmentList) {
                if (ATTACHMENT_ITEM.matcher(line.norm()).find()) return;
                inAttachmentList = false;
            }
            if (inTemplate && kind != LineKind.ATTACHMENT_MARK) return;
            Line previousSubsection = lastSubsectionLine;
            lastSubsectionLine = null;
            switch (kind) {
                case ATTACHMENT_LIST -> { closeTask(); inAttachmentList = true; }
                case ATTACHMENT_MARK -> { closeTask(); startAttachment(); }
                case TASK -> task(line);
                case FIELD -> field(line, previousSubsection);
                case SECTION -> section(line);
                case SUBSECTION -> subsection(line);
                case DASH_HEADING -> { closeTask(); subsection = line.norm(); }
                case TABLE_HEADER -> { closeTask(); table = new FlattenedTable(this, lexicon.tableHeader(line.norm())); }
                case CHROME -> closeTask();
                default -> text(line);
            }
        }

        /** A line that is a table header followed by another: a table without a number column (主要工作任务 / 牵头单位 …). */
        boolean startsHeaderRun(Line line) {
            if (lexicon.tableHeader(line.norm()) == null) return false;
            for (int i = index + 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) continue;
                return lexicon.tableHeader(lines.get(i).norm()) != null;
            }
            return false;
        }

        @Override
        public void row(String number, MappedText text, Line first, Line last) {
            open = new OpenTask(number, first, text);
            open.last = last;
            closeTask();
        }

        @Override
        public void plainLine(Line line) {
            Line text = new Line(line.number(), line.offset(), line.text(), null, line.locator());
            replaying = true;
            for (Line part : splitter.split(text)) accept(part, classifier.classify(part));
            replaying = false;
        }

        @Override
        public void sectionRow(Line line) {
            LineKind kind = classifier.classify(line);
            if (kind == LineKind.SECTION) section(line);
            else subsection = line.norm();
        }

        @Override
        public void tableEnded() {
            table = null;
        }

        void startAttachment() {
            listBreak = true;
            inTemplate = false;
            collectingTitle = true;
            pendingTitle = null;
            section = null;
            subsection = null;
            groupLeader = null;
            headingLead = null;
        }

        void section(Line line) {
            closeTask();
            section = line.norm();
            subsection = null;
            headingLead = null;
            subsectionTasks = false;
            Matcher m = Patterns.SECTION.matcher(line.text().text());
            String rest = m.find() ? m.group(2) : "";
            String leader = lexicon.leaderOfHeading(rest);
            if (leader != null) {
                int at = m.start(2) + rest.indexOf(leader);
                groupLeader = line.text().slice(at, at + leader.length());
                listBreak = true;
            } else {
                groupLeader = null;
            }
        }

        void subsection(Line line) {
            closeTask();
            Matcher m = Patterns.SUBSECTION.matcher(line.text().text().strip());
            int indent = line.text().text().length() - line.text().text().stripLeading().length();
            String rest = m.matches() ? m.group(2).strip() : "";
            int lead = lexicon.leadOfHeading(rest);
            if (lead > 0) {
                int at = indent + m.start(2) + (m.group(2).length() - m.group(2).stripLeading().length());
                headingLead = line.text().slice(at, at + lead);
                listBreak = true;
                unnumbered = 0;
                subsection = line.norm();
                return;
            }
            if (m.matches() && (subsectionTasks || clauseParser.parse(line.text().text()).units().size() > 0)) {
                subsectionTasks = true;
                open = new OpenTask(m.group(1), line, line.text());
                return;
            }
            subsection = line.norm();
            lastSubsectionLine = line;
        }

        void task(Line line) {
            if (Patterns.SUB_TASK.matcher(line.norm()).matches() && open != null && !open.hasUnits()
                    && (open.parts.size() > MAX_SUB_ITEMS || !clauseParser.parse(MappedText.join(open.parts, "\n").text()).hasClause())) {
                open.add(line);
                return;
            }
            closeTask();
            String norm = line.text().text();
            Matcher mark = TRAILING_MARK_CONTEXT.matcher(norm);
            if (mark.find()) {
                int cut = norm.lastIndexOf("附件");
                open = new OpenTask(number(line), line, line.text().slice(0, cut));
                closeTask();
                startAttachment();
                return;
            }
            open = new OpenTask(number(line), line, line.text());
        }

        /** A unit line belongs to the open task, or makes the subsection right above it a task. */
        void field(Line line, Line previousSubsection) {
            if (open != null) {
                open.add(line);
            } else if (previousSubsection != null) {
                Matcher m = Patterns.SUBSECTION.matcher(previousSubsection.norm());
                open = new OpenTask(m.matches() ? m.group(1) : "", previousSubsection, previousSubsection.text());
                open.add(line);
                subsection = null;
            }
        }

        void text(Line line) {
            String s = line.norm();
            if (collectingTitle) {
                pendingTitle = pendingTitle == null ? s : pendingTitle + s;
                return;
            }
            if (GOAL.matcher(s).find()) {
                closeTask();
                if (goal == null) goal = line;
                return;
            }
            if (open != null && (!open.hasUnits() || open.awaitsValue())) {
                open.add(line);
                return;
            }
            closeTask();
            // a note before the tasks (注:列第一位的为牵头单位) states the rule for all of them
            Lexicon.LeadRule stated = lexicon.leadRuleIn(s);
            if (stated != null) rule = stated;
            if (headingLead != null) {
                // under a lead unit's heading, a paragraph is a task of its own, numbered by its place
                open = new OpenTask(String.valueOf(++unnumbered), line, line.text());
                return;
            }
            if (looksLikeTitle(s)) {
                pendingTitle = s;
                section = null;
                subsection = null;
            }
        }

        boolean looksLikeTitle(String s) {
            return s.length() <= 60 && !s.endsWith("。") && !s.endsWith(":") && TITLE_WORDS.matcher(s).find();
        }

        void closeTask() {
            if (open == null) return;
            OpenTask task = open;
            open = null;
            MappedText own = MappedText.join(task.parts, "\n");
            ParsedClause clause = clauseParser.parse(own.text(), cut && task.last == lastLine());
            MappedText text = own;
            List<MappedText> inherited = new ArrayList<>();
            if (headingLead != null) inherited.add(MappedText.join(List.of(MappedText.synthetic("牵头单位:"), headingLead), ""));
            if (groupLeader != null) inherited.add(MappedText.join(List.of(MappedText.synthetic("牵头领导:"), groupLeader), ""));
            if (!inherited.isEmpty()) {
                List<MappedText> all = new ArrayList<>(List.of(own));
                all.addAll(inherited);
                text = MappedText.join(all, "\n");
                clause = withInherited(clause, clauseParser.parse(text.text().substring(own.length() + 1)), own.length() + 1);
            }
            // a rule stated in a task's clause governs the tasks after it where it says so (下同)
            if (clause.rule() != null && own.text().contains("下同")) rule = clause.rule();
            clause = applyRule(clause, clause.rule() != null ? clause.rule() : rule);
            RawTask raw = new RawTask(task.number, sectionPath(), text, task.bodyStart(own), clause, task.first, task.last);
            listFor(task.number).add(raw);
            if (clause.hasClause() && !clause.trailing().isEmpty() && clause.clauseEnd() > clause.bodyEnd()) {
                subsection = clause.trailing();
            }
        }

        /** The task's own clause with the lead and leader its headings give it; its own units cooperate with that lead. */
        private ParsedClause withInherited(ParsedClause own, ParsedClause inherited, int shift) {
            List<ParsedClause.Name> units = new ArrayList<>();
            for (ParsedClause.Name n : inherited.units()) units.add(new ParsedClause.Name(n.role(), n.level(), n.start() + shift, n.end() + shift));
            boolean lead = !units.isEmpty();
            for (ParsedClause.Name n : own.units()) {
                units.add(lead && n.role() == Role.RESPONSIBLE ? new ParsedClause.Name(Role.COOPERATING, n.level(), n.start(), n.end()) : n);
            }
            List<ParsedClause.Name> leaders = new ArrayList<>(own.leaders());
            if (leaders.isEmpty()) {
                for (ParsedClause.Name n : inherited.leaders()) leaders.add(new ParsedClause.Name(null, null, n.start() + shift, n.end() + shift));
            }
            return new ParsedClause(own.bodyEnd(), own.clauseEnd(), units, leaders, own.trailing(), own.fields(), own.rule(), own.unread());
        }

        /** Under a lead rule, the first of the units a task names (with no lead of its own) leads and the others cooperate. */
        private ParsedClause applyRule(ParsedClause clause, Lexicon.LeadRule rule) {
            List<ParsedClause.Name> units = clause.units();
            if (rule == null || units.isEmpty() || units.stream().anyMatch(n -> n.role() != Role.RESPONSIBLE)) return clause;
            if (rule.severalOnly() && units.size() < 2) return clause;
            List<ParsedClause.Name> decided = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                ParsedClause.Name n = units.get(i);
                decided.add(new ParsedClause.Name(i == 0 ? Role.LEAD : Role.COOPERATING, n.level(), n.start(), n.end()));
            }
            return clause.withUnits(decided);
        }

        List<RawTask> listFor(String number) {
            // Numbering restarts a list only after Arabic numbers: 1. after (一)(二) continues it.
            boolean restart = "1".equals(number) && currentTasks != null
                    && currentTasks.stream().anyMatch(t -> t.number().chars().allMatch(Character::isDigit));
            if (currentTasks == null || listBreak || restart) {
                currentTasks = new ArrayList<>();
                lists.add(new RawList(lists.size() + 1, pendingTitle, currentTasks));
                pendingTitle = null;
                listBreak = false;
            }
            return currentTasks;
        }

        boolean inTemplateTitle(String title) {
            return title != null && TEMPLATE_WORDS.matcher(title).find();
        }

        String sectionPath() {
            if (section == null) return subsection;
            return subsection == null ? section : section + " / " + subsection;
        }

        void closeRow() {
            if (table != null) table.closeRow();
            if (cellTable != null) cellTable.close();
        }
    }

    private static String number(Line line) {
        Matcher m = Patterns.TASK.matcher(line.norm());
        if (m.matches()) return m.group(1);
        Matcher sub = Patterns.SUB_TASK.matcher(line.norm());
        if (!sub.matches()) return "";
        return sub.group(1) != null ? sub.group(1) : String.valueOf(sub.group(2).charAt(0) - '\u2460' + 1);
    }

    /** A task whose lines are still being gathered. */
    private static final class OpenTask {
        final String number;
        final Line first;
        Line last;
        final List<MappedText> parts = new ArrayList<>();
        boolean units;

        OpenTask(String number, Line first, MappedText text) {
            this.number = number;
            this.first = first;
            this.last = first;
            add(text);
        }

        void add(Line line) {
            add(line.text());
            last = line;
        }

        private void add(MappedText text) {
            parts.add(text);
            units = units || Patterns.FIELD_LABEL.matcher(text.text()).find();
        }

        /** Whether the last line gathered is a field label whose value is on the next line (a cell of its own). */
        boolean awaitsValue() {
            String last = parts.get(parts.size() - 1).text().strip();
            Matcher m = Patterns.FIELD_LINE.matcher(last);
            return m.find() && m.end() == last.length();
        }

        /** Whether the lines gathered so far hold a labelled unit clause. */
        boolean hasUnits() {
            return units;
        }

        int bodyStart(MappedText text) {
            Matcher m = Patterns.TASK_PREFIX.matcher(text.text());
            if (m.lookingAt()) return m.end();
            Matcher sub = Patterns.SUB_TASK_PREFIX.matcher(text.text());
            if (sub.lookingAt()) return sub.end();
            Matcher s = Patterns.SUBSECTION.matcher(text.text().split("\n", 2)[0].stripLeading());
            int indent = text.text().length() - text.text().stripLeading().length();
            return s.matches() ? indent + s.start(2) : 0;
        }
    }
}
