package org.policykg.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.policykg.problem.InputRejectedException;

/**
 * An OLE2 compound file (the Office 97–2003 container): a Word document (.doc) when it has a
 * WordDocument stream, an Excel workbook (.xls) when it has a Workbook stream; an encrypted .docx
 * or .xlsx is also such a file (EncryptionInfo). Files with macros (a Macros or _VBA_PROJECT_CUR
 * storage) are refused, for the reasons given in {@link OfficeXmlReader}.
 */
final class CompoundFileReader {

    private CompoundFileReader() {}

    static List<SourceLine> read(SourceFile file, ReadLimits limits) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file.bytes()))) {
            DirectoryNode root = fs.getRoot();
            Set<String> streams = new TreeSet<>();
            for (Entry entry : root) streams.add(entry.getName());
            if (streams.contains("EncryptionInfo") || streams.contains("EncryptedPackage")) throw encrypted(file);
            boolean word = streams.contains("WordDocument");
            boolean excel = streams.contains("Workbook") || streams.contains("WORKBOOK") || streams.contains("Book");
            if ((word && streams.contains("Macros")) || (excel && streams.contains("_VBA_PROJECT_CUR"))) {
                throw Rejection.of(file, "an Office document with macros: policykg does not read files that carry macros",
                        "use Save As to save it without macros as .docx or .xlsx, and build again");
            }
            if (word) return WordBinaryLines.read(new HWPFDocument(root));
            if (excel) return WorkbookLines.read(new HSSFWorkbook(root, true), file, limits);
            String what = UnreadType.of(file.name()).map(t -> t.description).orElse("an Office 97–2003 file");
            String todo = UnreadType.of(file.name()).map(t -> t.whatToDo).orElse("save it as .docx or .xlsx");
            throw Rejection.of(file, what + " that is neither a Word document nor an Excel workbook (its streams: "
                    + String.join(", ", streams) + ")", todo + " and build again");
        } catch (InputRejectedException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(file);
        } catch (IOException | RuntimeException e) {
            throw Rejection.damaged(file, "Office 97–2003", e);
        }
    }

    private static InputRejectedException encrypted(SourceFile file) {
        return Rejection.of(file, "the Office file is password-protected", "save a copy without a password and build again");
    }
}
