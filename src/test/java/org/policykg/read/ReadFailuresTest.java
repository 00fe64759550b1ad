package org.policykg.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.policykg.problem.InputRejectedException;

/** Each kind of file a reader refuses, and the line it says: what is wrong and what to do. */
class ReadFailuresTest {

    private final DocumentReader reader = new DocumentReader();

    private String refusal(String name, byte[] bytes) {
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> reader.lines(TableFormatsTest.file(name, bytes)));
        return e.problem().toString();
    }

    @Test
    void scannedPdf() throws Exception {
        assertEquals("scan.pdf: error: scanned PDF: no text layer; OCR is not supported (give the notice's text instead: "
                + "its web page, a Word file or a PDF with text; or run OCR on it first)", refusal("scan.pdf", BadFiles.scannedPdf()));
    }

    @Test
    void encryptedPdfAndDocx() throws Exception {
        assertEquals("locked.pdf: error: the PDF is encrypted with a password (give a copy without a password: "
                + "print it to PDF or save it unprotected)", refusal("locked.pdf", BadFiles.encryptedPdf()));
        assertEquals("locked.docx: error: the Office file is password-protected (save a copy without a password and build again)",
                refusal("locked.docx", BadFiles.encryptedDocx()));
    }

    @Test
    void truncatedFiles() throws Exception {
        String hint = " (open it in its program and save it again, or download it again)";
        assertEquals("cut.docx: error: the Office file is damaged or truncated (Truncated ZIP file)" + hint,
                refusal("cut.docx", BadFiles.truncated(BadFiles.docx("第一段"))));
        assertEquals("cut.pdf: error: the PDF file is damaged or truncated (Page tree root must be a dictionary)" + hint,
                refusal("cut.pdf", BadFiles.truncated(BadFiles.textPdf("Notice of tasks"))));
        assertEquals("cut.xls: error: the Office 97–2003 file is damaged or truncated (Block 4 not found)" + hint,
                refusal("cut.xls", BadFiles.truncated(new NoticeFixture().xls())));
    }

    @Test
    void aZipWithNothingReadable() {
        assertEquals("cut.docx: error: the zip file is damaged or truncated: it has no entry that can be read "
                + "(open it in its program and save it again, or download it again)",
                refusal("cut.docx", new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 1, 2, 3}));
    }

    @Test
    void aWebPageSavedAsDocIsReadAsHtml() {
        byte[] page = "<!DOCTYPE html><html><body><p>第一段</p><table><tr><td>序号</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(java.util.List.of("第一段", "序号"),
                reader.lines(TableFormatsTest.file("notice.doc", page)).stream().map(SourceLine::text).toList());
    }

    @Test
    void macroWorkbook() throws Exception {
        assertEquals("tasks.xlsm: error: a macro-enabled Office document (.docm/.xlsm): policykg does not read files that carry macros "
                + "(use Save As to save it without macros as .docx or .xlsx, and build again)", refusal("tasks.xlsm", BadFiles.macroWorkbook()));
    }

    @Test
    void macroWordDocuments() throws Exception {
        assertEquals("tasks.docm: error: a macro-enabled Office document (.docm/.xlsm): policykg does not read files that carry macros "
                + "(use Save As to save it without macros as .docx or .xlsx, and build again)", refusal("tasks.docm", BadFiles.macroDocument()));
        assertEquals("tasks.doc: error: an Office document with macros: policykg does not read files that carry macros "
                + "(use Save As to save it without macros as .docx or .xlsx, and build again)", refusal("tasks.doc", BadFiles.macroDoc()));
    }

    @Test
    void encryptedXls() throws Exception {
        assertEquals("locked.xls: error: the Office file is password-protected (save a copy without a password and build again)",
                refusal("locked.xls", BadFiles.encryptedXls()));
    }

    @Test
    void typesNotRead() throws Exception {
        assertEquals("notice.wps: error: a WPS Writer document that is neither a Word document nor an Excel workbook (its streams: CONTENTS) "
                + "(open it in WPS Office and save it as .docx and build again)", refusal("notice.wps", BadFiles.worksDocument()));
        assertEquals("notice.ofd: error: an OFD document (GB/T 33190): policykg does not read OFD (export it as PDF with an OFD reader and build again)",
                refusal("notice.ofd", BadFiles.ofd()));
        assertEquals("other.wps: error: a WPS Writer document, which policykg does not read (open it in WPS Office and save it as .docx and build again)",
                refusal("other.wps", "x\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("photo.jpg: error: an image, not a text: OCR is not supported "
                + "(give the notice's text instead: its web page, a Word file or a PDF with text)",
                refusal("photo.jpg", BadFiles.png()));
    }

    @Test
    void zipBomb() throws Exception {
        assertEquals("bomb.docx: error: the file unpacks to far more than it holds (a zip bomb, or a part over 64 MB) "
                + "(check where it came from; a real notice is far smaller)", refusal("bomb.docx", BadFiles.zipBomb()));
    }

    @Test
    void sheetOverTheCellCap() throws Exception {
        DocumentReader capped = new DocumentReader(new ReadLimits(1000));
        InputRejectedException e = assertThrows(InputRejectedException.class,
                () -> capped.lines(TableFormatsTest.file("huge.xlsx", BadFiles.hugeSheet(1001))));
        assertEquals("huge.xlsx: error: the workbook has more than 1000 filled cells "
                + "(split it into smaller workbooks, or keep only the sheets of the task table)", e.problem().toString());
        assertEquals(1000, capped.lines(TableFormatsTest.file("full.xlsx", BadFiles.hugeSheet(1000))).size());
    }
}
