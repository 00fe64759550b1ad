package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word's automatic numbering (一、 / 1. / (1)) comes out in the paragraphs' text, as the reader sees it. */
class WordNumberingTest {

    private static void level(CTAbstractNum abs, int ilvl, STNumberFormat.Enum format, String text) {
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(ilvl));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }

    private static void paragraph(XWPFDocument doc, BigInteger numId, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        if (numId != null) {
            p.setNumID(numId);
            p.setNumILvl(BigInteger.valueOf(level));
        }
        p.createRun().setText(text);
    }

    private static final List<String> NUMBERED = List.of("2025年重点任务分解", "一、扩大有效投资", "1.推进长乐山工业园区建设。",
            "（1）年内新建标准厂房10万平方米。", "（2）引进企业5家。", "要点", "2.支持骨干企业技改提能。", "二、保障改善民生", "1.加快老旧小区改造。");

    @Test
    void numberedTasksCarryTheirNumbers() throws IOException {
        List<String> lines = new DocumentReader().lines(new SourceFile(Path.of("n.docx"), "n.docx", numberedDocx(), "0"))
                .stream().map(SourceLine::text).toList();
        assertEquals(NUMBERED, lines);
    }

    /** The same document saved as Word 97–2003 by LibreOffice (resources/read/numbered.doc). */
    @Test
    void numberedTasksOfADocCarryTheirNumbers() {
        List<String> lines = new DocumentReader().lines(new SourceFile(Path.of("n.doc"), "n.doc", NoticeFixture.bytes("numbered.doc"), "0"))
                .stream().map(SourceLine::text).toList();
        assertEquals(NUMBERED, lines);
    }

    static byte[] numberedDocx() throws IOException {
        byte[] bytes;
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            level(abs, 0, STNumberFormat.CHINESE_COUNTING, "%1、");
            level(abs, 1, STNumberFormat.DECIMAL, "%2.");
            level(abs, 2, STNumberFormat.DECIMAL, "（%3）");
            level(abs, 3, STNumberFormat.BULLET, "•");
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abs, numbering)));
            paragraph(doc, null, 0, "2025年重点任务分解");
            paragraph(doc, numId, 0, "扩大有效投资");
            paragraph(doc, numId, 1, "推进长乐山工业园区建设。");
            paragraph(doc, numId, 2, "年内新建标准厂房10万平方米。");
            paragraph(doc, numId, 2, "引进企业5家。");
            paragraph(doc, numId, 3, "要点");
            paragraph(doc, numId, 1, "支持骨干企业技改提能。");
            paragraph(doc, numId, 0, "保障改善民生");
            paragraph(doc, numId, 1, "加快老旧小区改造。");
            doc.write(out);
            bytes = out.toByteArray();
        }
        return bytes;
    }

    @Test
    void numberFormats() {
        assertEquals(List.of("一", "十", "十二", "二十", "九十九", "一百零五", "一百一十"),
                List.of(1, 10, 12, 20, 99, 105, 110).stream().map(n -> WordNumbering.write(n, "chineseCounting")).toList());
        assertEquals(List.of("甲", "癸", "①", "⑳", "C", "aa", "XIV", "iv", "07", "一〇五"),
                List.of(WordNumbering.write(1, "ideographTraditional"), WordNumbering.write(10, "ideographTraditional"),
                        WordNumbering.write(1, "decimalEnclosedCircle"), WordNumbering.write(20, "decimalEnclosedCircle"),
                        WordNumbering.write(3, "upperLetter"), WordNumbering.write(27, "lowerLetter"),
                        WordNumbering.write(14, "upperRoman"), WordNumbering.write(4, "lowerRoman"),
                        WordNumbering.write(7, "decimalZero"), WordNumbering.write(105, "ideographDigital")));
    }
}
