package org.policykg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.DocumentInfo;
import org.policykg.model.DocumentKind;
import org.policykg.model.ExtractedDocument;
import org.policykg.model.Jurisdiction;
import org.policykg.indicator.IndicatorThesaurus;
import org.policykg.model.Paragraph;
import org.policykg.model.QualitativeTarget;
import org.policykg.model.ReportPart;
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
    private final IndicatorThesaurus thesaurus = IndicatorThesaurus.load();
    private final CommitmentReader commitments = new CommitmentReader(thesaurus);
    private final CommitmentSplitter commitmentSplitter = new CommitmentSplitter();
    private final ExpectedTargetsReader expectedTargets = new ExpectedTargetsReader(commitments, thesaurus);
    private final DocumentReferences references = new DocumentReferences();
    private final JurisdictionResolver jurisdictionResolver;
    private final ParentReportResolver parentReportResolver;
    private final UnitResolver unitResolver;
    private final CorpusMetadata metadata;
    private static final java.util.regex.Pattern SPEAKER = java.util.regex.Pattern.compile("我代表([^,，。:：向]{2,24})");
    private static final java.util.regex.Pattern FILE_TITLE_TAIL = java.util.regex.Pattern.compile("_\\d{4}年?$");
    private static final int OPENING_LINES = 120;

    public DocumentExtractor(Gazetteer gazetteer) {
        this(gazetteer, CorpusMetadata.none());
    }

    /** @param metadata what a corpus's metadata file says of its files; it wins over the text and the file name */
    public DocumentExtractor(Gazetteer gazetteer, CorpusMetadata metadata) {
        this.metadata = metadata;
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
        String fullText = lines.stream().map(Line::norm).collect(Collectors.joining("\n"));
        java.util.Optional<CorpusMetadata.Row> row = metadata.forFile(file.name());
        String stem = stem(file.name());
        String title = row.map(CorpusMetadata.Row::title).orElse(meta.title() != null ? meta.title() : fileTitle(stem));
        List<String> opening = lines.stream().limit(OPENING_LINES).map(Line::norm).toList();
        DocumentKind classified = kindClassifier.classify(title, headings(lines), opening, fullText);
        DocumentKind kind = DocumentKindClassifier.readsAsReport(opening, fullText) ? classified : assignsUnits(outline, classified);
        String self = String.join(" ", speaker(fullText), nonNull(title), nonNull(meta.issuer()), nonNull(meta.host()), stem);
        Jurisdiction jurisdiction = row.flatMap(r -> jurisdictionResolver.named(r.region(), r.level(), fullText))
                .or(() -> jurisdictionResolver.resolve(fullText, self, meta.siteCode()))
                .map(JurisdictionResolver.Resolved::jurisdiction).orElse(null);
        if (jurisdiction == null) {
            problems.report(Problem.warning(fileName, 0, -1, "cannot tell which jurisdiction the document is from: no place name or site identifier found"));
        }
        Integer planYear = row.map(CorpusMetadata.Row::year)
                .orElseGet(() -> planYearResolver.resolve(kind, title, meta.issued(), fullText, stem));
        String goal = outline.goalStatement() == null ? null : outline.goalStatement().text().original().strip();
        DocumentInfo info = new DocumentInfo(title, kind, qualify(meta.issuer(), jurisdiction), meta.documentNumber(),
                meta.issued(), meta.published(), planYear, jurisdiction, goal,
                kind.isWorkReport() ? null : statedTaskCount(fullText)); // a report's 共N项 counts no tasks of its own

        List<org.policykg.model.Target> goalTargets = goalTargets(outline.goalStatement());
        if (kind.isWorkReport()) {
            // the report's own targets passage, read below, replaces the notice reading of 主要预期目标
            List<org.policykg.model.Target> goals = new ArrayList<>();
            List<QualitativeTarget> qualitative = new ArrayList<>();
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Paragraph p : reportSegmenter.segment(lines, titleLine(lines, meta.title()))) {
                paragraphs.add(withTargets(p, planYear, goals, qualitative));
            }
            ReportRef report = jurisdiction == null || planYear == null ? null : new ReportRef(jurisdiction, planYear);
            return new ExtractedDocument(file.name(), file.sha256(), info, report, List.of(), paragraphs, goals, List.of(), qualitative, List.of());
        }
        Dates dates = new Dates(planYear, meta.issued() == null ? null : meta.issued().getYear());
        List<TaskList> lists = new ArrayList<>();
        for (RawList raw : outline.lists()) {
            ReportRef parent = parentReportResolver.resolve(raw.title(), meta.title(), kind, jurisdiction, planYear);
            lists.add(new TaskList(raw.index(), raw.title(), parent, tasks(raw, jurisdiction, dates, fileName, problems)));
        }
        if (lists.isEmpty() && kind != DocumentKind.PROGRESS_REPORT) {
            problems.report(Problem.warning(fileName, 0, -1, "no numbered tasks found; is this a task decomposition notice?"));
        }
        return new ExtractedDocument(file.name(), file.sha256(), info, null, lists, List.of(), goalTargets,
                noticeDeadlines(lines, outline, dates), List.of(), implemented(lines, outline));
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
        return commitments.targets(new CommitmentReader.Stretch(goal.text(), 0, goal.text().length(), goal.number(), goal.offset(), goal.locator()), true);
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
            CommitmentReader.Stretch s = new CommitmentReader.Stretch(line.text(), 0, line.text().length(), line.number(), line.offset(), line.locator());
            // A bare year in a notice's prose names the plan (《2023年…》), not a date anything is due.
            commitments.deadlines(s, dates.planYear(), dates.issueYear()).stream()
                    .filter(d -> !d.openEnded() && !d.phrase().matches("\\d{4}年"))
                    .forEach(deadlines::add);
        }
        return deadlines;
    }

    /** The paragraph with its targets; the main expected targets it states go to {@code goals} and {@code qualitative}. */
    private Paragraph withTargets(Paragraph p, Integer planYear, List<org.policykg.model.Target> goals, List<QualitativeTarget> qualitative) {
        MappedText text = normaliser.normalise(p.text());
        int from = 0;
        int to = 0;
        if (p.part() == ReportPart.EXPECTED_TARGETS) {
            boolean listed = !ReportSegmenter.EXPECTED_TARGETS.matcher(text.text()).find();
            ExpectedTargetsReader.Goals g = expectedTargets.read(text, p.span(), planYear, listed);
            goals.addAll(g.targets());
            qualitative.addAll(g.qualitative());
            from = g.from();
            to = g.to();
        }
        List<org.policykg.model.Target> targets = new ArrayList<>(
                commitments.targets(new CommitmentReader.Stretch(text, 0, from, p.span().line(), p.span().start(), p.span().locator()), false));
        targets.addAll(commitments.targets(new CommitmentReader.Stretch(text, to, text.length(), p.span().line(), p.span().start(), p.span().locator()), false));
        List<org.policykg.model.Commitment> promised = p.part() != ReportPart.WORK ? List.of()
                : commitmentSplitter.split(new CommitmentReader.Stretch(text, 0, text.length(), p.span().line(), p.span().start(), p.span().locator()), targets);
        return new Paragraph(p.number(), p.section(), p.text(), p.span(), targets, p.part(), promised);
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
                raw.first().number(), raw.first().offset(), raw.first().locator());
        boolean goalLevel = raw.section() != null && raw.section().contains("主要预期目标");
        List<org.policykg.model.Deadline> deadlines = new ArrayList<>(commitments.deadlines(body, dates.planYear(), dates.issueYear()));
        // 完成时限:6月底前 (a field or a table column) says when the task is due, as its own text would
        for (ParsedClause.Field f : raw.clause().fields()) {
            if (f.kind() != org.policykg.lexicon.Lexicon.Kind.DEADLINE) continue;
            CommitmentReader.Stretch due = new CommitmentReader.Stretch(text, f.start(), f.end(), raw.first().number(), raw.first().offset(), raw.first().locator());
            deadlines.addAll(commitments.deadlines(due, dates.planYear(), dates.issueYear()));
        }
        List<org.policykg.model.DocumentRef> sources = new ArrayList<>();
        for (ParsedClause.Field f : raw.clause().fields()) {
            if (f.kind() == org.policykg.lexicon.Lexicon.Kind.SOURCE) sources.addAll(references.inCell(text.text().substring(f.start(), f.end())));
        }
        return new Task(raw.number(), ordinal, raw.section(), raw.originalBody(), new Span(raw.first().number(), start, Math.max(start, end), raw.first().locator()),
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

    /** 现在，我代表深圳市人民政府，向大会报告…: the government a report speaks for. */
    private static String speaker(String text) {
        java.util.regex.Matcher m = SPEAKER.matcher(text.substring(0, Math.min(text.length(), 5000)));
        return m.find() ? m.group(1) : "";
    }

    /**
     * A document classed as a work report by its title alone (no 各位代表 opening, no report sections)
     * whose numbered items mostly name their units assigns them (a page titled 政府工作报告 can hold
     * the report's decomposition): its tasks are read. A report that names units only in some items
     * (a 民生实事 list at its end) stays a report.
     */
    private static DocumentKind assignsUnits(Outline outline, DocumentKind classified) {
        if (classified != DocumentKind.WORK_REPORT) return classified;
        long items = outline.lists().stream().mapToLong(l -> l.tasks().size()).sum();
        long assigned = outline.lists().stream().flatMap(l -> l.tasks().stream()).filter(t -> t.clause().hasClause()).count();
        return assigned > 0 && assigned * 2 >= items ? DocumentKind.DECOMPOSITION_NOTICE : classified;
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    /** A file name that reads as a title (深圳市政府工作报告_2024年 → 深圳市政府工作报告); null for 000_e666455f…. */
    private static String fileTitle(String stem) {
        String t = FILE_TITLE_TAIL.matcher(stem).replaceAll("").replace('_', ' ').strip();
        return t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 4 ? t : null;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
