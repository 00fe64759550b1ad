package org.policykg.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.policykg.model.DocumentKind;

/**
 * Tells a decomposition notice from a work report and an action plan: by its title, and for a
 * document without one (003), by the headings plans have (总体要求, 实施步骤, 组织保障).
 */
final class DocumentKindClassifier {

    private static final Pattern DECOMPOSITION = Pattern.compile("分解|分工|任务清单|责任清单");
    private static final Pattern NOTICE = Pattern.compile("通知|印发");
    private static final Pattern PLAN = Pattern.compile("方案|计划|行动");
    private static final Pattern PLAN_HEADINGS = Pattern.compile("总体要求|实施步骤|组织保障|保障措施");

    DocumentKind classify(String title, List<String> sectionHeadings) {
        if (title != null) {
            if (DECOMPOSITION.matcher(title).find()) return DocumentKind.DECOMPOSITION_NOTICE;
            if (title.contains("政府工作报告") && !NOTICE.matcher(title).find()) return DocumentKind.WORK_REPORT;
            if (PLAN.matcher(title).find()) return DocumentKind.ACTION_PLAN;
        }
        if (sectionHeadings.stream().anyMatch(h -> PLAN_HEADINGS.matcher(h).find())) return DocumentKind.ACTION_PLAN;
        return DocumentKind.DECOMPOSITION_NOTICE;
    }
}
