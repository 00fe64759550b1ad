package org.policykg.read;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text layer of a PDF, page by page, each line of a page in reading order (PDFBox sorts the
 * text by position, so columns laid out in any drawing order read top to bottom, left to right).
 * Lines carry their page ("p. 3"). A PDF has no real tables: a table's rows come as lines of text.
 */
final class PdfLines {

    private PdfLines() {}

    static List<SourceLine> read(SourceFile file) {
        try (PDDocument doc = Loader.loadPDF(file.bytes())) {
            LineCollector out = new LineCollector();
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                out.text(stripper.getText(doc), "p. " + page);
            }
            List<SourceLine> lines = out.lines();
            if (lines.isEmpty()) throw noText(file, doc);
            return lines;
        } catch (InvalidPasswordException e) {
            throw Rejection.of(file, "the PDF is encrypted with a password",
                    "give a copy without a password: print it to PDF or save it unprotected");
        } catch (IOException e) {
            throw Rejection.damaged(file, "PDF", e);
        }
    }

    private static RuntimeException noText(SourceFile file, PDDocument doc) {
        if (hasImages(doc)) {
            return Rejection.of(file, "scanned PDF: no text layer; OCR is not supported",
                    "give the notice's text instead: its web page, a Word file or a PDF with text; or run OCR on it first");
        }
        return Rejection.of(file, "the PDF has no text", "give the text or web page of the notice");
    }

    /** A page that draws images (or forms holding them) but has no text is a scan. */
    private static boolean hasImages(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            if (resources != null && resources.getXObjectNames().iterator().hasNext()) return true;
        }
        return false;
    }
}
