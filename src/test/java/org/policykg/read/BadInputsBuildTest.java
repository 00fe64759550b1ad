package org.policykg.read;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch with a good Word notice and every kind of file a reader refuses: each bad file gets one
 * error line naming it, the good one is built, and the exit code is 3 (some inputs failed).
 */
class BadInputsBuildTest {

    static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void everyBadFileFailsWithItsLineAndTheRestIsBuilt(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.write(in.resolve("a-notice.docx"), new NoticeFixture().docx());
        Files.write(in.resolve("b-scan.pdf"), BadFiles.scannedPdf());
        Files.write(in.resolve("c-locked.pdf"), BadFiles.encryptedPdf());
        Files.write(in.resolve("d-cut.docx"), BadFiles.truncated(BadFiles.docx("第一段")));
        Files.write(in.resolve("e-tasks.xlsm"), BadFiles.macroWorkbook());
        Files.write(in.resolve("f-notice.wps"), BadFiles.worksDocument());
        Files.write(in.resolve("g-notice.ofd"), BadFiles.ofd());
        Files.write(in.resolve("h-photo.png"), BadFiles.png());
        CommandRun r = run("build", in.toString(), "--store", dir.resolve("kg").toString(), "--quiet");
        assertEquals(3, r.exit(), r.err());
        List<String> errors = r.err().lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(List.of(
                in.resolve("b-scan.pdf") + ": error: scanned PDF: no text layer; OCR is not supported "
                        + "(give the notice's text instead: its web page, a Word file or a PDF with text; or run OCR on it first)",
                in.resolve("c-locked.pdf") + ": error: the PDF is encrypted with a password "
                        + "(give a copy without a password: print it to PDF or save it unprotected)",
                in.resolve("d-cut.docx") + ": error: the Office file is damaged or truncated (Truncated ZIP file) "
                        + "(open it in its program and save it again, or download it again)",
                in.resolve("e-tasks.xlsm") + ": error: a macro-enabled Office document (.docm/.xlsm): policykg does not read files "
                        + "that carry macros (use Save As to save it without macros as .docx or .xlsx, and build again)",
                in.resolve("f-notice.wps") + ": error: a WPS Writer document that is neither a Word document nor an Excel workbook "
                        + "(its streams: CONTENTS) (open it in WPS Office and save it as .docx and build again)",
                in.resolve("g-notice.ofd") + ": error: an OFD document (GB/T 33190): policykg does not read OFD "
                        + "(export it as PDF with an OFD reader and build again)"), errors);
        assertTrue(r.out().startsWith("built 1, unchanged 0, failed 6 document(s), skipped 1 file(s)"), r.out());
        assertTrue(r.out().contains("store: 1 documents, 1 lists, 4 tasks"), r.out());
    }

    @Test
    void aFileNamedOnTheCommandLineIsReadWhateverItsName(@TempDir Path dir) throws Exception {
        Path photo = Files.write(dir.resolve("photo.png"), BadFiles.png());
        CommandRun r = run("build", photo.toString(), "--store", dir.resolve("kg").toString(), "--quiet");
        assertEquals(3, r.exit(), r.err());
        assertEquals(photo + ": error: an image, not a text: OCR is not supported "
                + "(give the notice's text instead: its web page, a Word file or a PDF with text)", r.err().strip());
        assertTrue(r.out().startsWith("built 0, unchanged 0, failed 1 document(s) in"), r.out());
    }
}
