package org.policykg.read;

import java.util.List;
import java.util.Locale;

/**
 * Which files in an input folder are documents to read: the formats policykg reads, and the
 * document types it does not read (which then fail with a line saying what to do, rather than
 * being skipped in silence). Anything else in a folder (images, notes) is skipped.
 */
public final class DocumentFormats {

    /** The extensions of the formats read; the reader itself goes by content. */
    public static final List<String> READ = List.of(".txt", ".html", ".htm", ".docx", ".doc", ".xlsx", ".xls", ".pdf");
    /** Macro-enabled Office files: refused when read, see {@link OfficeXmlReader}. */
    static final List<String> MACRO = List.of(".docm", ".dotm", ".xlsm", ".xltm");

    private DocumentFormats() {}

    /** Whether a file found in an input folder is to be read (and so counted if it fails). */
    public static boolean isDocument(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return READ.stream().anyMatch(lower::endsWith) || MACRO.stream().anyMatch(lower::endsWith)
                || UnreadType.of(lower).isPresent();
    }

    /** For messages: the extensions read, as "a, b and c". */
    public static String readList() {
        return String.join(", ", READ.subList(0, READ.size() - 1)) + " and " + READ.get(READ.size() - 1);
    }
}
