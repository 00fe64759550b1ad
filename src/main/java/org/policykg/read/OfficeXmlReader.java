package org.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.policykg.problem.InputRejectedException;

/**
 * A zip file: a Word (.docx) or Excel (.xlsx) document told apart by the content type of its main
 * part, not by its name. Macro-enabled documents (.docm, .xlsm) are refused: a published notice has
 * no need of macros, macros are how Office files carry malicious code, and saving without them loses
 * no text; POI never runs them, but a refusal makes the user look at a file that should not have them.
 */
final class OfficeXmlReader {

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.";
    private static final String EXCEL = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    private static final Set<String> WORD_MAIN = Set.of(WORD + "document.main+xml", WORD + "template.main+xml");
    private static final Set<String> EXCEL_MAIN = Set.of(EXCEL + "sheet.main+xml", EXCEL + "template.main+xml");
    private static final Set<String> MACRO_MAIN = Set.of(
            "application/vnd.ms-word.document.macroEnabled.main+xml", "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
            "application/vnd.ms-excel.sheet.macroEnabled.main+xml", "application/vnd.ms-excel.template.macroEnabled.main+xml");

    private OfficeXmlReader() {}

    static List<SourceLine> read(SourceFile file, ReadLimits limits) {
        OPCPackage pkg = open(file);
        try {
            Set<String> types = new HashSet<>();
            for (PackagePart part : pkg.getParts()) types.add(part.getContentType());
            if (types.stream().anyMatch(MACRO_MAIN::contains)) {
                throw Rejection.of(file, "a macro-enabled Office document (.docm/.xlsm): policykg does not read files that carry macros",
                        "use Save As to save it without macros as .docx or .xlsx, and build again");
            }
            if (types.stream().anyMatch(WORD_MAIN::contains)) return WordXmlLines.read(new XWPFDocument(pkg));
            if (types.stream().anyMatch(EXCEL_MAIN::contains)) return WorkbookLines.read(new XSSFWorkbook(pkg), file, limits);
            throw Rejection.of(file, "an Office file that is neither a Word document nor an Excel workbook",
                    "give the notice as .docx, .doc, .xlsx, .xls, PDF, text or web page");
        } catch (InputRejectedException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw Rejection.of(file, "the Office file is password-protected", "save a copy without a password and build again");
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            if (isBomb(e)) throw bomb(file);
            throw Rejection.damaged(file, "Office", e);
        } finally {
            pkg.revert();
        }
    }

    private static OPCPackage open(SourceFile file) {
        try {
            return OPCPackage.open(new ByteArrayInputStream(file.bytes()));
        } catch (NotOfficeXmlFileException e) {
            throw notOffice(file);
        } catch (InvalidFormatException | IOException | RuntimeException e) {
            if (isBomb(e)) throw bomb(file);
            if (!hasContentTypes(file)) throw notOffice(file);
            throw Rejection.damaged(file, "Office", e);
        }
    }

    /** POI's zip guard speaks of "Zip bomb detected" or of an entry larger than allowed. */
    private static boolean isBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("Zip bomb") || m.contains("exceeds the max"))) return true;
        }
        return false;
    }

    private static InputRejectedException bomb(SourceFile file) {
        return Rejection.of(file, "the file unpacks to far more than it holds (a zip bomb, or a part over "
                        + ReadLimits.MAX_PART_BYTES / (1024 * 1024) + " MB)",
                "check where it came from; a real notice is far smaller");
    }

    private static InputRejectedException notOffice(SourceFile file) {
        Set<String> entries = zipEntries(file);
        if (entries.isEmpty()) {
            return Rejection.of(file, "the zip file is damaged or truncated: it has no entry that can be read",
                    "open it in its program and save it again, or download it again");
        }
        if (entries.contains("OFD.xml")) {
            return Rejection.of(file, "an OFD document (GB/T 33190): policykg does not read OFD", UnreadType.OFD.whatToDo + " and build again");
        }
        return Rejection.of(file, "a zip archive, not a Word or Excel document", "unpack it and give the documents inside");
    }

    private static boolean hasContentTypes(SourceFile file) {
        return zipEntries(file).contains("[Content_Types].xml");
    }

    /** The names of a zip's entries, read without unpacking them. */
    private static Set<String> zipEntries(SourceFile file) {
        Set<String> names = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
            for (ZipEntry e = zip.getNextEntry(); e != null && names.size() < 10_000; e = zip.getNextEntry()) names.add(e.getName());
        } catch (IOException | IllegalArgumentException e) {
            // a damaged zip: the names read so far are all there is
        }
        return names;
    }
}
