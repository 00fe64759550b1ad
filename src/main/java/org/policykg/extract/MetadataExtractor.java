package org.policykg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.segment.Line;
import org.policykg.segment.LineClassifier;
import org.policykg.segment.LineKind;

/**
 * Reads title, issuing office, document number (武昌政办〔2023〕1号), dates and the site identifier
 * (政府网站标识码) from a document's front matter and footer.
 */
final class MetadataExtractor {

    private static final int FRONT_MATTER_LINES = 30;
    private static final Pattern TITLE_LINE = Pattern.compile("关于.*(通知|意见|方案|决定|函)|政府工作报告");
    private static final Pattern DOC_NUMBER = Pattern.compile("[\\p{IsHan}]{2,6}[〔\\[(]\\s*\\d{4}\\s*[〕\\])]\\s*\\d{1,4}\\s*号");
    /** A sentence of the text, not a title: 现在,我代表…向大会作政府工作报告,请予审议。 */
    private static final Pattern SENTENCE = Pattern.compile("。|我代表|请予审议|[,，].*[,，]");
    private static final Pattern SITE_CODE = Pattern.compile("网站标识码?\\s*[:：]?\\s*(\\d{10})");
    private static final Pattern SIGNATORY = Pattern.compile(".*(办公室|人民政府|政府|委员会)$");
    private static final Pattern CJK_GAP = Pattern.compile("(?<=[\\p{IsHan}《》〈〉“”、,])\\s+|\\s+(?=[\\p{IsHan}《》〈〉“”])");

    private final LineClassifier classifier = new LineClassifier();

    Metadata extract(List<Line> lines) {
        List<String> front = new ArrayList<>();
        List<String> chrome = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i < FRONT_MATTER_LINES) front.add(line.norm());
            else if (classifier.classify(line) == LineKind.CHROME) chrome.add(line.norm());
        }
        List<String> fieldLines = new ArrayList<>(front);
        fieldLines.addAll(chrome);
        MetadataFields fields = new MetadataFields(fieldLines);
        String title = Optional.ofNullable(fields.get("title")).orElseGet(() -> titleLine(front));
        int dateLine = signatureDateLine(front);
        LocalDate issued = dateLine >= 0 ? DateParser.first(front.get(dateLine)).orElse(null)
                : DateParser.first(fields.get("issued")).orElseGet(() -> reportDate(title));
        String issuer = Optional.ofNullable(fields.get("issuer"))
                .or(() -> Optional.ofNullable(signatory(front, dateLine)))
                .orElseGet(() -> titlePrefix(title));
        return new Metadata(
                clean(title),
                issuer,
                Optional.ofNullable(fields.get("number")).orElseGet(() -> docNumber(front)),
                issued,
                DateParser.first(fields.get("published")).orElse(null),
                siteCode(fieldLines),
                fields.get("host"));
    }

    private static String titleLine(List<String> front) {
        return front.stream().filter(s -> s.length() <= 120 && TITLE_LINE.matcher(s).find() && !SENTENCE.matcher(s).find())
                .findFirst().orElse(null);
    }

    private static int signatureDateLine(List<String> front) {
        for (int i = 0; i < front.size(); i++) if (DateParser.isDateLine(front.get(i))) return i;
        return -1;
    }

    /** The line above the signature date, when it names an office: the notice's signatory. */
    private static String signatory(List<String> front, int dateLine) {
        for (int i = dateLine - 1; i >= 0 && i >= dateLine - 3; i--) {
            String s = front.get(i);
            if (s.isEmpty()) continue;
            return SIGNATORY.matcher(s).matches() && s.length() <= 30 ? s : null;
        }
        return null;
    }

    /** 区人民政府办公室关于印发… : the office that speaks in the title. */
    private static String titlePrefix(String title) {
        if (title == null) return null;
        int about = title.indexOf("关于");
        return about >= 2 ? title.substring(0, about) : null;
    }

    /** A work report's title carries the date it was delivered: …政府工作报告(2022年12月28日). */
    private static LocalDate reportDate(String title) {
        return title != null && title.contains("报告") ? DateParser.first(title).orElse(null) : null;
    }

    private static String docNumber(List<String> front) {
        for (String s : front) {
            Matcher m = DOC_NUMBER.matcher(s);
            if (m.find()) return m.group().replaceAll("\\s+", "");
        }
        return null;
    }

    private static String siteCode(List<String> lines) {
        for (String s : lines) {
            Matcher m = SITE_CODE.matcher(s);
            if (m.find()) return m.group(1);
        }
        return null;
    }

    /** Titles wrapped over lines keep the break as a space between characters: drop it. */
    private static String clean(String title) {
        return title == null ? null : CJK_GAP.matcher(title.strip()).replaceAll("");
    }
}
