package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.DocumentInfo;
import org.policykg.model.DocumentKind;
import org.policykg.model.ExtractedDocument;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Paragraph;
import org.policykg.model.ReportRef;
import org.policykg.model.Responsibility;
import org.policykg.model.Span;
import org.policykg.model.Task;
import org.policykg.model.TaskList;
import org.policykg.normalise.MappedText;
import org.policykg.normalise.TextNormaliser;
import org.policykg.problem.Problem;
import org.policykg.problem.ProblemHandler;
import org.policykg.read.SourceFile;
import org.policykg.read.SourceLine;
import org.policykg.segment.Line;
import org.policykg.segment.LineClassifier;
import org.policykg.segment.LineKind;
import org.policykg.segment.Outline;
import org.policykg.segment.ParsedClause;
import org.policykg.segment.RawList;
import org.policykg.segment.RawTask;
import org.policykg.segment.ReportSegmenter;
import org.policykg.segment.TaskSegmenter;

/**
 * From the lines of one file to the document, its lists, tasks and responsibilities: normalise,
 * segment, then resolve metadata, jurisdiction, parent reports and units. Problems go to the handler.
 */
public final class DocumentExtractor {

    private final TextNormaliser normaliser = new TextNormaliser();
    private final LineClassifier classifier = new LineClassifier();
    private final MetadataExtractor metadataExtractor = new MetadataExtractor();
    private final TaskSegmenter taskSegmenter = new TaskSegmenter();
    private final ReportSegmenter reportSegmenter = new ReportSegmenter();
    private final DocumentKindClassifier kindClassifier = new DocumentKindClassifier();
    private final PlanYearResolver planYearResolver = new PlanYearResolver();
    private final CommitmentReader commitments = new CommitmentReader();
    private final DocumentReferences references = new DocumentReferences();
    private final JurisdictionResolver jurisdictionResolver;
    private final ParentReportResolver parentReportResolver;
    private final UnitResolver unitResolver;

    public DocumentExtractor(Gazetteer gazetteer) {
        this.jurisdictionResolver = new JurisdictionResolver(gazetteer);
        this.parentReportResolver = new ParentReportResolver(gazetteer);
        this.unitResolver = new UnitResolver(gazetteer);
    }

    public ExtractedDocument extract(SourceFile file, List<SourceLine> sourceLines, ProblemHandler problems) {
        String fileName = file.path().toString();
        List<Line> lines = sourceLines.stream()
                .map(l -> new Line(l.number(), l.offset(), normaliser.normalise(l.text()), l.cell(), l.locator()))
                .toList();
        Metadata meta = metadataExtractor.extract(lines);
        Outline outline = taskSegmenter.segment(lines);
        DocumentKind kind = kindClassifier.classify(meta.title(), headings(lines));
        // A document whose tasks name their units assigns them, whatever its title says (a page whose
        // title reads 政府工作报告 can hold the report's decomposition): its tasks are read.
        boolean assignsUnits = outline.lists().stream().flatMap(l -> l.tasks().stream()).anyMatch(t -> t.clause().hasClause());
        if (kind == DocumentKind.WORK_REPORT && assignsUnits) kind = DocumentKind.DECOMPOSITION_NOTICE;
        String fullText = lines.stream().map(Line::norm).collect(Collectors.joining("\n"));
        String self = String.join(" ", nonNull(meta.title()), nonNull(meta.issuer()), nonNull(meta.host()));
        Jurisdiction jurisdiction = jurisdictionResolver.resolve(fullText, self, meta.siteCode())
                .map(JurisdictionResolver.Resolved::jurisdiction).orElse(null);
        if (jurisdiction == null) {
            problems.report(Problem.warning(fileName, 0, -1, "cannot tell which jurisdiction the document is from: no place name or site identifier found"));
        }
        Integer planYear = planYearResolver.resolve(kind, meta.title(), meta.issued(), fullText);
        String goal = outline.goalStatement() == null ? null : outline.goalStatement().text().original().strip();
        DocumentInfo info = new DocumentInfo(meta.title(), kind, qualify(meta.issuer(), jurisdiction), meta.documentNumber(),
                meta.issued(), meta.published(), planYear, jurisdiction, goal, statedTaskCount(fullText));

        List<org.policykg.model.Target> goalTargets = goalTargets(outline.goalStatement());
        if (kind == DocumentKind.WORK_REPORT) {
            List<Paragraph> paragraphs = reportSegmenter.segment(lines, titleLine(lines, meta.title())).stream()
                    .map(this::withTargets).toList();
            ReportRef report = jurisdiction == null || planYear == null ? null : new ReportRef(jurisdiction, planYear);
            return new ExtractedDocument(file.name(), file.sha256(), info, report, List.of(), paragraphs, goalTargets, List.of());
        }
        Dates dates = new Dates(planYear, meta.issued() == null ? null : meta.issued().getYear());
        List<TaskList> lists = new ArrayList<>();
        for (RawList raw : outline.lists()) {
            ReportRef parent = parentReportResolver.resolve(raw.title(), meta.title(), kind, jurisdiction, planYear);
            lists.add(new TaskList(raw.index(), raw.title(), parent, tasks(raw, jurisdiction, dates, fileName, problems)));
        }
        if (lists.isEmpty()) {
            problems.report(Problem.warning(fileName, 0, -1, "no numbered tasks found; is this a task decomposition notice?"));
        }
        return new ExtractedDocument(file.name(), file.sha256(), info, null, lists, List.of(), goalTargets,
                noticeDeadlines(lines, outline, dates), implemented(lines, outline));
    }

    private static final java.util.regex.Pattern STATED_COUNT = java.util.regex.Pattern.compile("(?:共计|共)\\s*(\\d{1,4})\\s*项");

    /** 主要目标任务(共计93项): the number of tasks a notice says it lists. */
    private static Integer statedTaskCount(String text) {
        java.util.regex.Matcher m = STATED_COUNT.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The years time phrases are read against: the plan year, and the issue year that 明年 counts from. */
    private record Dates(Integer planYear, Integer issueYear) {}

    private List<org.policykg.model.Target> goalTargets(Line goal) {
        if (goal == null) return List.of();
        return commitments.targets(new CommitmentReader.Stretch(goal.text(), 0, goal.text().length(), goal.number(), goal.offset()), true);
    }

    /** The documents the notice's own paragraphs, before its first task, say it implements. */
    private List<org.policykg.model.DocumentRef> implemented(List<Line> lines, Outline outline) {
        int firstTask = outline.lists().isEmpty() ? Integer.MAX_VALUE : outline.lists().get(0).tasks().get(0).first().number();
        List<org.policykg.model.DocumentRef> refs = new ArrayList<>();
        for (Line line : lines) {
            if (line.number() >= firstTask) break;
            for (org.policykg.model.DocumentRef r : references.inProse(line.norm())) if (!refs.contains(r)) refs.add(r);
        }
        return refs;
    }

    /** Deadlines in the notice's own paragraphs, before its first task: what it asks of the units. */
    private List<org.policykg.model.Deadline> noticeDeadlines(List<Line> lines, Outline outline, Dates dates) {
        int firstTask = outline.lists().isEmpty() ? Integer.MAX_VALUE : outline.lists().get(0).tasks().get(0).first().number();
        List<org.policykg.model.Deadline> deadlines = new ArrayList<>();
        for (Line line : lines) {
            if (line.number() >= firstTask) break;
            boolean prose = line.norm().endsWith("。") && line.norm().length() >= 30;
            if (classifier.classify(line) != LineKind.TEXT || line == outline.goalStatement() || !prose) continue;
            CommitmentReader.Stretch s = new CommitmentReader.Stretch(line.text(), 0, line.text().length(), line.number(), line.offset());
            // A bare year in a notice's prose names the plan (《2023年…》), not a date anything is due.
            commitments.deadlines(s, dates.planYear(), dates.issueYear()).stream()
                    .filter(d -> !d.openEnded() && !d.phrase().matches("\\d{4}年"))
                    .forEach(deadlines::add);
        }
        return deadlines;
    }

    private Paragraph withTargets(Paragraph p) {
        MappedText text = normaliser.normalise(p.text());
        CommitmentReader.Stretch s = new CommitmentReader.Stretch(text, 0, text.length(), p.span().line(), p.span().start());
        return new Paragraph(p.number(), p.section(), p.text(), p.span(), commitments.targets(s, false));
    }

    private List<Task> tasks(RawList list, Jurisdiction jurisdiction, Dates dates, String fileName, ProblemHandler problems) {
        List<Task> tasks = new ArrayList<>();
        for (RawTask raw : list.tasks()) {
            Task task = task(raw, tasks.size() + 1, jurisdiction, dates);
            if (raw.clause().unread() != null) {
                problems.report(Problem.warning(fileName, raw.first().number(), task.span().start(),
                        "list " + list.index() + " task " + raw.number() + ": cannot read the units of «" + shorten(raw.clause().unread())
                                + "»; separate the names with 、 and check the field label"));
            } else if (task.responsibilities().isEmpty()) {
                problems.report(Problem.warning(fileName, raw.first().number(), task.span().start(),
                        "list " + list.index() + " task " + raw.number() + " names no responsible unit"));
            }
            tasks.add(task);
        }
        return tasks;
    }

    private Task task(RawTask raw, int ordinal, Jurisdiction jurisdiction, Dates dates) {
        MappedText text = raw.text();
        List<Responsibility> responsibilities = new ArrayList<>();
        for (ParsedClause.Name name : raw.clause().units()) {
            String written = text.originalSlice(name.start(), name.end()).strip();
            String normalised = text.text().substring(name.start(), name.end());
            responsibilities.add(new Responsibility(name.role(), name.level(), responsibilities.size() + 1, written,
                    unitResolver.resolve(normalised, jurisdiction)));
        }
        List<String> leaders = raw.clause().leaders().stream()
                .map(n -> text.originalSlice(n.start(), n.end()).strip())
                .toList();
        int start = raw.first().offset() + text.originalOffset(raw.bodyStart());
        int end = raw.last().offset() + raw.last().text().original().length();
        CommitmentReader.Stretch body = new CommitmentReader.Stretch(text, raw.bodyStart(), Math.max(raw.bodyStart(), raw.clause().bodyEnd()),
                raw.first().number(), raw.first().offset());
        boolean goalLevel = raw.section() != null && raw.section().contains("主要预期目标");
        List<org.policykg.model.Deadline> deadlines = new ArrayList<>(commitments.deadlines(body, dates.planYear(), dates.issueYear()));
        // 完成时限:6月底前 (a field or a table column) says when the task is due, as its own text would
        for (ParsedClause.Field f : raw.clause().fields()) {
            if (f.kind() != org.policykg.lexicon.Lexicon.Kind.DEADLINE) continue;
            CommitmentReader.Stretch due = new CommitmentReader.Stretch(text, f.start(), f.end(), raw.first().number(), raw.first().offset());
            deadlines.addAll(commitments.deadlines(due, dates.planYear(), dates.issueYear()));
        }
        List<org.policykg.model.DocumentRef> sources = new ArrayList<>();
        for (ParsedClause.Field f : raw.clause().fields()) {
            if (f.kind() == org.policykg.lexicon.Lexicon.Kind.SOURCE) sources.addAll(references.inCell(text.text().substring(f.start(), f.end())));
        }
        return new Task(raw.number(), ordinal, raw.section(), raw.originalBody(), new Span(raw.first().number(), start, Math.max(start, end)),
                responsibilities, leaders, commitments.targets(body, goalLevel), deadlines, sources);
    }

    private List<String> headings(List<Line> lines) {
        return lines.stream().filter(l -> classifier.classify(l) == LineKind.SECTION).map(Line::norm).toList();
    }

    private static int titleLine(List<Line> lines, String title) {
        if (title == null) return 0;
        return lines.stream().filter(l -> !l.norm().isEmpty() && l.norm().replace(" ", "").contains(title))
                .mapToInt(Line::number).findFirst().orElse(0);
    }

    /** 区人民政府办公室 in a 下陆区 notice is 下陆区人民政府办公室. */
    private static String qualify(String issuer, Jurisdiction jurisdiction) {
        if (issuer == null || jurisdiction == null) return issuer;
        boolean sameLevel = org.policykg.model.Level.fromQualifier(issuer.substring(0, 1)) == jurisdiction.level();
        return sameLevel ? jurisdiction.name() + issuer.substring(1) : issuer;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
