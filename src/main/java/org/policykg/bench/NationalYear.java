package org.policykg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.policykg.extract.DocumentExtractor;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.ExtractedDocument;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;
import org.policykg.problem.InputRejectedException;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.read.DocumentReader;
import org.policykg.read.InputCollector;
import org.policykg.read.SourceFile;
import org.policykg.read.SourceLine;

/**
 * Writes a national year for benchmarks: every government of the gazetteer (the nation once, each
 * province-level unit, each prefecture-level unit and each county-level unit, those a province or a
 * municipality holds directly too) issues a decomposition notice, and a work report where the sources
 * have one of its level. Each is a source document re-issued under that government: the source's own
 * places, found as the build finds them, and their ancestors are renamed to the target's at the same
 * level ({@link PlaceSwap}). Sources are drawn in turn from a seeded shuffle of those of the target's
 * level, so the output is the same for the same sources and seed.
 *
 * <pre>java -cp target/policykg.jar org.policykg.bench.NationalYear OUT_DIR SOURCE… (e.g. seeds ../shared/corpus/notices ../shared/corpus/reports)</pre>
 */
public final class NationalYear {

    /** A source document: its text as lines, its government, whether it is a work report, and the tasks it lists. */
    record Source(String name, List<String> lines, Jurisdiction jurisdiction, boolean report, int tasks) {}

    /** What was written: documents by level, notices and reports, and the tasks their sources list. */
    record Written(Map<Level, Integer> notices, Map<Level, Integer> reports, long tasks) {}

    private final Gazetteer gazetteer;
    private final Consumer<String> log;
    private final Set<String> provinces;

    /** @param provinces the codes of the provinces whose governments issue documents; empty for all (tests take a slice) */
    NationalYear(Gazetteer gazetteer, Consumer<String> log, Set<String> provinces) {
        this.gazetteer = gazetteer;
        this.log = log;
        this.provinces = provinces;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: NationalYear OUT_DIR SOURCE_FILE_OR_DIR…");
            System.exit(2);
        }
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) inputs.add(Path.of(args[i]));
        NationalYear year = new NationalYear(Gazetteer.load(), System.out::println, Set.of());
        Written w = year.write(year.sources(inputs), Files.createDirectories(Path.of(args[0])), 2260);
        System.out.println("notices by level " + w.notices() + ", reports by level " + w.reports() + ", " + w.tasks()
                + " tasks as the build reads their sources → " + args[0]);
    }

    /** The sources among these files and folders that have a government and are a work report or list tasks. */
    List<Source> sources(List<Path> inputs) {
        DocumentReader reader = new DocumentReader();
        DocumentExtractor extractor = new DocumentExtractor(gazetteer);
        List<Source> sources = new ArrayList<>();
        for (Path path : new InputCollector(log).collect(inputs)) {
            try {
                SourceFile file = reader.load(path);
                List<SourceLine> lines = reader.lines(file);
                ExtractedDocument doc = extractor.extract(file, lines, ProblemHandler.lenient(new ProblemLog()));
                Jurisdiction j = doc.info().jurisdiction();
                boolean report = doc.info().kind().isWorkReport();
                if (j == null || j.level() == Level.STREET) {
                    log.accept(path + ": skipped: no government of national, province, city or county level found");
                } else if (!report && doc.lists().isEmpty()) {
                    log.accept(path + ": skipped: neither a work report nor a list of tasks");
                } else {
                    int tasks = doc.lists().stream().mapToInt(l -> l.tasks().size()).sum();
                    sources.add(new Source(file.name(), lines.stream().map(SourceLine::text).toList(), j, report, tasks));
                    log.accept(path + ": " + (report ? "work report" : "notice") + " of " + j.name() + " (" + j.level().label() + "), " + tasks + " tasks");
                }
            } catch (InputRejectedException e) {
                log.accept(path + ": skipped: " + e.getMessage());
            }
        }
        return sources;
    }

    /** Writes every government's documents to OUT; the same sources and seed give the same files. */
    Written write(List<Source> sources, Path out, long seed) throws IOException {
        Random random = new Random(seed);
        Map<Level, Integer> notices = new EnumMap<>(Level.class);
        Map<Level, Integer> reports = new EnumMap<>(Level.class);
        long tasks = 0;
        for (boolean report : new boolean[] {false, true}) {
            for (Level level : List.of(Level.NATIONAL, Level.PROVINCE, Level.CITY, Level.DISTRICT)) {
                List<Source> pool = new ArrayList<>(sources.stream()
                        .filter(s -> s.report() == report && s.jurisdiction().level() == level).toList());
                List<Jurisdiction> targets = governments(level);
                if (pool.isEmpty()) {
                    log.accept("no " + (report ? "work report" : "notice") + " of " + level + " level among the sources: its " + targets.size() + " governments get none");
                    continue;
                }
                Collections.shuffle(pool, random);
                for (int i = 0; i < targets.size(); i++) {
                    Source s = pool.get(i % pool.size());
                    Jurisdiction target = targets.get(i);
                    String text = new PlaceSwap(gazetteer, s.jurisdiction(), target).apply(String.join("\n", s.lines()));
                    String name = String.format("%s-%s-%s-%s.txt", level.name().toLowerCase(), target.code(), report ? "report" : "notice", stem(s.name()));
                    Files.writeString(out.resolve(name), text + "\n", StandardCharsets.UTF_8);
                    (report ? reports : notices).merge(level, 1, Integer::sum);
                    tasks += s.tasks();
                }
            }
        }
        return new Written(notices, reports, tasks);
    }

    /**
     * The governments of a level, in code order: the nation; the province-level units; the
     * prefecture-level units (市, 州, 盟, 地区); the county-level units, those under a placeholder
     * grouping (a municipality's 市辖区, a province's 省直辖县级行政区划) included. The nation's chain
     * is its last element (中华人民共和国), so a place's province is the one before.
     */
    List<Jurisdiction> governments(Level level) {
        return gazetteer.all().stream()
                .filter(j -> j.level() == level && !Gazetteer.isPlaceholder(j) && j.code().length() == 6 && j.name().length() >= 2)
                .filter(j -> level == Level.NATIONAL || provinces.isEmpty() || provinces.contains(provinceOf(j)))
                .sorted(java.util.Comparator.comparing(Jurisdiction::code))
                .toList();
    }

    private String provinceOf(Jurisdiction j) {
        List<Jurisdiction> chain = gazetteer.chain(j);
        return chain.size() >= 2 ? chain.get(chain.size() - 2).code() : j.code();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replaceAll("[^0-9A-Za-z_-]", "_");
    }
}
