package org.policykg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.normalise.MappedText;

/**
 * Finds the lists and tasks of a notice. Lists start at an attachment (附件2) or where numbering
 * restarts at 1; sections and subsections give each task its place; the notice's own attachment
 * list (附件:1.…2.…) and form templates (联络人员名单, 完成情况 forms) are not tasks. A heading glued
 * after a task's unit clause opens the next subsection. A subsection line followed by a unit line
 * is a task numbered by its heading. A table flattened into one cell per line is read by its header.
 */
public final class TaskSegmenter {

    private static final Pattern TITLE_WORDS = Pattern.compile("分解|方案|清单|实事|任务|工作要点|计划|责任书");
    private static final Pattern TEMPLATE_WORDS = Pattern.compile("XX|××|名单|完成情况|统计表|报表|联络");
    private static final Pattern ATTACHMENT_ITEM = Pattern.compile("^\\d{1,2}\\s*[.、．]");
    private static final Pattern GOAL = Pattern.compile("主要预期目标[是为]?[:：]");
    private static final Pattern TRAILING_MARK_CONTEXT = Pattern.compile("[)\\]】〕〉。]\\s*附件\\s*\\d{1,2}\\s*$");

    private final LineClassifier classifier = new LineClassifier();
    private final UnitClauseParser clauseParser = new UnitClauseParser();

    public Outline segment(List<Line> lines) {
        State state = new State();
        for (Line line : lines) state.accept(line, classifier.classify(line));
        state.closeTask();
        state.closeRow();
        return new Outline(state.lists.stream().filter(l -> !l.tasks().isEmpty()).toList(), state.goal);
    }

    /** What a flattened table hands its rows to. */
    interface TableSink {
        void row(String number, MappedText text, Line first, Line last);

        void tableEnded();
    }

    private final class State implements TableSink {
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

        void accept(Line line, LineKind kind) {
            if (kind == LineKind.BLANK) return;
            if (table != null && table.accept(line, kind)) return;
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
                case SECTION -> { closeTask(); section = line.norm(); subsection = null; }
                case SUBSECTION -> { closeTask(); subsection = line.norm(); lastSubsectionLine = line; }
                case DASH_HEADING -> { closeTask(); subsection = line.norm(); }
                case TABLE_HEADER -> { closeTask(); table = new FlattenedTable(this, line.norm()); }
                case CHROME -> closeTask();
                default -> text(line);
            }
        }

        @Override
        public void row(String number, MappedText text, Line first, Line last) {
            open = new OpenTask(number, first, text);
            open.last = last;
            closeTask();
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
        }

        void task(Line line) {
            closeTask();
            String norm = line.text().text();
            Matcher mark = TRAILING_MARK_CONTEXT.matcher(norm);
            if (mark.find()) {
                int cut = norm.lastIndexOf("附件");
                open = new OpenTask(number(line), line, trimmed(line.text(), cut));
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
            if (open != null && !open.hasUnits()) {
                open.add(line);
                return;
            }
            closeTask();
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
            MappedText text = MappedText.join(task.parts, "\n");
            ParsedClause clause = clauseParser.parse(text.text());
            RawTask raw = new RawTask(task.number, sectionPath(), text, task.bodyStart(text), clause, task.first, task.last);
            listFor(task.number).add(raw);
            if (clause.hasClause() && !clause.trailing().isEmpty() && clause.clauseEnd() > clause.bodyEnd()) {
                subsection = clause.trailing();
            }
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
        }
    }

    private static String number(Line line) {
        Matcher m = Patterns.TASK.matcher(line.norm());
        return m.matches() ? m.group(1) : "";
    }

    private static MappedText trimmed(MappedText text, int end) {
        int[] origin = java.util.Arrays.copyOf(text.origin(), end + 1);
        return new MappedText(text.original().substring(0, origin[end]), text.text().substring(0, end), origin);
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
            parts.add(text);
        }

        void add(Line line) {
            parts.add(line.text());
            last = line;
        }

        boolean hasUnits() {
            return Patterns.FIELD_LABEL.matcher(String.join("\n", parts.stream().map(MappedText::text).toList())).find();
        }

        int bodyStart(MappedText text) {
            Matcher m = Patterns.TASK_PREFIX.matcher(text.text());
            if (m.lookingAt()) return m.end();
            Matcher s = Patterns.SUBSECTION.matcher(text.text().split("\n", 2)[0].stripLeading());
            int indent = text.text().length() - text.text().stripLeading().length();
            return s.matches() ? indent + s.start(2) : 0;
        }
    }
}
