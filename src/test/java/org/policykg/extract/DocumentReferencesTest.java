package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policykg.model.DocumentRef;

class DocumentReferencesTest {

    private final DocumentReferences refs = new DocumentReferences();

    @Test
    void aNoticeSaysWhatItImplementsByTitleAndNumber() {
        assertEquals(List.of(new DocumentRef("安徽省人民政府关于印发2022年重点工作的通知", "皖政〔2022〕9号")),
                refs.inProse("根据《安徽省人民政府关于印发2022年重点工作的通知》(皖政〔2022〕9号),结合我县实际,制定本方案。"));
        assertEquals(List.of(new DocumentRef("政府工作报告", null)), refs.inProse("为贯彻落实《政府工作报告》部署,现分解如下:"));
        assertEquals(List.of(), refs.inProse("全面实施《中华人民共和国反不正当竞争法》。"));
    }

    @Test
    void aTaskSourceCellGivesATitleANumberOrBoth() {
        assertEquals(List.of(new DocumentRef(null, "晋政发[2008]8号")), refs.inCell("晋政发[2008]8号"));
        assertEquals(List.of(new DocumentRef("省政府工作报告", null)), refs.inCell("《省政府工作报告》"));
        assertEquals(List.of(new DocumentRef("市委经济工作会议", null)), refs.inCell("市委经济工作会议"));
    }
}
