package org.policykg.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.DocumentKind;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;
import org.policykg.model.ReportRef;

/**
 * Names the report a list implements. The list's title says whose report (省《政府工作报告》,
 * 市政府重点工作, 区政府工作报告) and for which year; a list without one takes the document title's.
 * The report's jurisdiction is the document's own at that level (a Wuchang notice's 省 is Hubei).
 * An action plan is its own parent: its lists implement no report.
 */
final class ParentReportResolver {

    private static final Pattern REPORT_LEVEL = Pattern.compile("(省|市|区|县)\\s*[《〈]?\\s*政府");

    private final Gazetteer gazetteer;

    ParentReportResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    ReportRef resolve(String listTitle, String documentTitle, DocumentKind kind, Jurisdiction jurisdiction, Integer planYear) {
        if (kind == DocumentKind.ACTION_PLAN || jurisdiction == null) return null;
        Level level = level(listTitle);
        if (level == null) level = level(documentTitle);
        Integer year = PlanYearResolver.firstYear(listTitle);
        if (year == null) year = PlanYearResolver.firstYear(documentTitle);
        if (year == null) year = planYear;
        if (year == null) return null;
        Jurisdiction reporting = level == null ? jurisdiction : gazetteer.ancestorAt(jurisdiction, level).orElse(jurisdiction);
        return new ReportRef(reporting, year);
    }

    private static Level level(String title) {
        if (title == null) return null;
        Matcher m = REPORT_LEVEL.matcher(title);
        return m.find() ? Level.fromQualifier(m.group(1)) : null;
    }
}
