package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.DocumentInfo;
import org.policykg.model.DocumentKind;
import org.policykg.problem.ProblemHandler;
import org.policykg.problem.ProblemLog;
import org.policykg.read.DocumentReader;
import org.policykg.read.SourceFile;

/**
 * Kind, jurisdiction and year of every work report of {@code ../shared/corpus/reports} as read from
 * the text and file name alone (no --metadata), against the corpus's {@code metadata.csv} and the
 * file names of {@code provinces-2026} (year_province_…). Skipped, with a message, where the shared
 * corpus is absent (a fresh clone).
 */
class ReportCorpusAgreementTest {

    private static final Path REPORTS = Path.of("..", "shared", "corpus", "reports");

    /**
     * Documents whose text is known to disagree with the metadata, and why: none at present. (The
     * 坪山区 2021 file holds only a page's navigation; its file name still names place and year.)
     */
    private static final Map<String, String> EXCEPTIONS = Map.of();

    /**
     * The metadata lists every file as a work report. Two are not (the corpus README says so): the
     * 法治政府建设 reports are progress reports. Eight are the reports of a new term, delivered in the
     * autumn the term begins, reviewing the past five years and setting the next five years' goals
     * with no targets of their own year (checked by reading their headings: 过去五年工作回顾, 今后五年…);
     * the corpus README names five of the 2021 ones, 坪山区's (一届人大一次会议以来…) is the sixth.
     */
    private static final Map<String, DocumentKind> KINDS = Map.ofEntries(
            Map.entry("深圳市光明区人民政府关于2021年度法治政府建设情况的报告_2022.txt", DocumentKind.PROGRESS_REPORT),
            Map.entry("深圳市龙华区2019年法治政府建设工作报告_2019.txt", DocumentKind.PROGRESS_REPORT),
            Map.entry("2016年10月政府工作报告（在深圳市罗湖区第七届人民代表大会第一次会议上的报告）_2016.txt", DocumentKind.NEW_TERM_REPORT),
            Map.entry("深圳市宝安区人民政府区长姚任在深圳市宝安区第六届人民代表大会第一次会议上作政府工作报告_2016.txt", DocumentKind.NEW_TERM_REPORT),
            Map.entry("2021年政府工作报告（在深圳市罗湖区第八届人民代表大会第一次会议上）_2021.txt", DocumentKind.NEW_TERM_REPORT),
            Map.entry("2021年政府工作报告（在福田区第八届人民代表大会第一次会议上）_2021.txt", DocumentKind.NEW_TERM_REPORT),
            Map.entry("2021年龙华区二届人大一次会议政府工作报告_2021.txt", DocumentKind.NEW_TERM_REPORT),
            Map.entry("南山区政府工作报告（2021年10月17日）_2021.txt", DocumentKind.NEW_TERM_REPORT),
            Map.entry("深圳市宝安区人民政府区长王立德在深圳市宝安区第七届人民代表大会第一次会议上作政府工作报告_2021.txt", DocumentKind.NEW_TERM_REPORT),
            Map.entry("深圳市坪山区政府工作报告_2021.txt", DocumentKind.NEW_TERM_REPORT));

    private record Expected(String file, Path path, String region, String level, int year) {}

    @Test
    void kindsJurisdictionsAndYearsAgreeWithTheCorpusMetadata() throws IOException {
        assumeTrue(Files.isDirectory(REPORTS), () -> {
            System.out.println("ReportCorpusAgreementTest skipped: " + REPORTS + " is absent");
            return "no shared corpus";
        });
        List<Expected> expected = expected();
        DocumentExtractor extractor = new DocumentExtractor(Gazetteer.load());
        DocumentReader reader = new DocumentReader();
        List<String> disagreements = new ArrayList<>();
        int agree = 0;
        for (Expected e : expected) {
            SourceFile file = reader.load(e.path());
            DocumentInfo info = extractor.extract(file, reader.lines(file), ProblemHandler.lenient(new ProblemLog(p -> {}))).info();
            DocumentKind kind = KINDS.getOrDefault(e.file(), DocumentKind.WORK_REPORT);
            boolean kindOk = info.kind() == kind;
            String name = info.jurisdiction() == null ? null : info.jurisdiction().name();
            boolean placeOk = e.region().equals(name) || e.region().equals("全国") && Gazetteer.NATIONAL_NAME.equals(name);
            boolean yearOk = info.planYear() != null && info.planYear() == e.year();
            if (kindOk && placeOk && yearOk) {
                agree++;
            } else if (!EXCEPTIONS.containsKey(e.file())) {
                disagreements.add(e.file() + ": " + info.kind() + " " + name + " " + info.planYear()
                        + " (expected " + kind + " " + e.region() + " " + e.year() + ")");
            }
        }
        disagreements.forEach(System.out::println);
        System.out.printf("ReportCorpusAgreementTest: %d of %d documents agree%n", agree, expected.size());
        assertTrue(disagreements.isEmpty(), "disagreements not listed as exceptions: " + disagreements);
        assertTrue(agree >= 0.98 * expected.size(), agree + " of " + expected.size());
    }

    private static List<Expected> expected() throws IOException {
        List<Expected> all = new ArrayList<>();
        Path chain = REPORTS.resolve("shenzhen-chain");
        List<String> rows = Files.readAllLines(chain.resolve("metadata.csv"));
        for (String row : rows.subList(1, rows.size())) {
            String[] c = row.split(",");
            if (c.length < 5) continue;
            all.add(new Expected(c[0], chain.resolve(c[0]), c[3], c[2], Integer.parseInt(c[4].strip())));
        }
        try (Stream<Path> files = Files.list(REPORTS.resolve("provinces-2026"))) {
            files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(p -> {
                String[] parts = p.getFileName().toString().split("_");
                all.add(new Expected(p.getFileName().toString(), p, parts[1], "省级", Integer.parseInt(parts[0])));
            });
        }
        return all;
    }
}
