package org.policykg.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.policykg.model.DocumentKind;

/**
 * Tells what a document is, by evidence: its title (…重点任务分解, 政府工作报告, 管委会工作报告,
 * …情况的报告), a work report's opening (各位代表, 我代表…人民政府向大会作工作报告) and sections (工作回顾,
 * 主要预期目标), a progress report's opening (现将有关情况报告如下), a new term's
 * five-year goals (今后五年) without the year's own targets or work, and for a document without a title (003) the headings plans have
 * (总体要求, 实施步骤, 组织保障). Numbered items are never evidence: reports have them too.
 */
final class DocumentKindClassifier {

    private static final Pattern DECOMPOSITION = Pattern.compile("分解|分工|任务清单|责任清单");
    private static final Pattern NOTICE = Pattern.compile("通知|印发");
    private static final Pattern PLAN = Pattern.compile("方案|计划|行动");
    private static final Pattern PLAN_HEADINGS = Pattern.compile("总体要求|实施步骤|组织保障|保障措施");
    /** The government's own report: 政府工作报告, 管委会工作报告, 光明新区2017年工作报告. */
    private static final Pattern WORK_REPORT_TITLE = Pattern.compile("(政府|管委会|管理委员会|\\d年度?|^)工作报告");
    /** A report on how something went: …落实情况的报告, 法治政府建设工作报告 (a 工作报告 on a topic). */
    private static final Pattern PROGRESS_TITLE = Pattern.compile("(情况|进展|进度)的?(报告|通报)|(?<!政府|管委会|管理委员会|\\d年|年度|^)工作报告");
    private static final Pattern OPENING = Pattern.compile("^(各位代表|同志们)");
    /** 现在，我代表宝安区人民政府向大会作工作报告: only a work report speaks so, with or without 各位代表 before it. */
    private static final Pattern SPEAKS_TO_CONGRESS = Pattern.compile("我代表[^。]{0,30}(人民政府|政府|管委会|管理委员会)[^。]{0,6}向[^。]{0,10}大会[^。]{0,4}(作|报告)");
    /** 现将有关情况报告如下: how a report on the progress of work opens when its title is not at hand. */
    private static final Pattern PROGRESS_OPENING = Pattern.compile("现将[^。]{0,40}(情况|进展)[^。]{0,10}报告如下");
    private static final Pattern REPORT_SECTIONS = Pattern.compile("工作回顾|主要预期目标|以来的工作|向大会报告");
    private static final Pattern FIVE_YEAR_GOALS = Pattern.compile("今后五年|未来五年");
    /** The year's own targets or work: an annual report, even in a year that starts a five-year plan. */
    private static final Pattern THIS_YEAR = Pattern.compile("(今年|明年)[^。]{0,30}预期目标"
            + "|(?m)^[一二三四五六七八九十]+、(?![^\\n]*回顾)[^。\\n]*(今年|\\d{4}年)[^。\\n]*(工作|任务)");
    private static final int OPENING_LINES = 40;
    private static final int NEW_TERM_MENTIONS = 3;

    /**
     * @param opening the first lines of the text (after any page navigation)
     * @param text the whole normalised text
     */
    DocumentKind classify(String title, List<String> sectionHeadings, List<String> opening, String text) {
        DocumentKind byTitle = byTitle(title);
        if (byTitle == DocumentKind.WORK_REPORT || byTitle == null && readsAsReport(opening, text)) {
            boolean fiveYear = FIVE_YEAR_GOALS.matcher(text).results().count() >= NEW_TERM_MENTIONS;
            return fiveYear && !THIS_YEAR.matcher(text).find() ? DocumentKind.NEW_TERM_REPORT : DocumentKind.WORK_REPORT;
        }
        if (byTitle != null) return byTitle;
        if (opening.stream().limit(OPENING_LINES).anyMatch(l -> PROGRESS_OPENING.matcher(l).find())) return DocumentKind.PROGRESS_REPORT;
        if (sectionHeadings.stream().anyMatch(h -> PLAN_HEADINGS.matcher(h).find())) return DocumentKind.ACTION_PLAN;
        return DocumentKind.DECOMPOSITION_NOTICE;
    }

    private static DocumentKind byTitle(String title) {
        if (title == null) return null;
        boolean notice = NOTICE.matcher(title).find();
        if (PROGRESS_TITLE.matcher(title).find() && !notice) return DocumentKind.PROGRESS_REPORT;
        if (DECOMPOSITION.matcher(title).find()) return DocumentKind.DECOMPOSITION_NOTICE;
        if (WORK_REPORT_TITLE.matcher(title).find() && !notice) return DocumentKind.WORK_REPORT;
        if (PLAN.matcher(title).find()) return DocumentKind.ACTION_PLAN;
        return null;
    }

    /** The speaker's formula, or 各位代表 at the start and a section only a work report has, or two such sections. */
    static boolean readsAsReport(List<String> opening, String text) {
        if (opening.stream().limit(OPENING_LINES).anyMatch(l -> SPEAKS_TO_CONGRESS.matcher(l).find())) return true;
        boolean opens = opening.stream().limit(OPENING_LINES).anyMatch(l -> OPENING.matcher(l.strip()).find());
        long sections = REPORT_SECTIONS.matcher(text).results().map(r -> r.group()).distinct().count();
        return opens && sections >= 1 || sections >= 2;
    }
}
