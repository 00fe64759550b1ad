package org.policykg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.policykg.problem.InputRejectedException;
import org.policykg.problem.Problem;

/**
 * Reads one file into lines of text. The format is told by the file's first bytes (and, inside
 * Office containers, by their parts), not by its name: a zip is read as .docx or .xlsx, an OLE2
 * compound file as .doc or .xls, {@code %PDF} as PDF; anything else is decoded as plain text or
 * HTML. A file that cannot be read throws {@link InputRejectedException} saying why and what to do.
 */
public final class DocumentReader {

    private final TextDecoder decoder = new TextDecoder();
    private final ReadLimits limits;

    public DocumentReader() {
        this(ReadLimits.DEFAULT);
    }

    public DocumentReader(ReadLimits limits) {
        this.limits = limits;
    }

    /** The file with its hash; throws {@link InputRejectedException} naming the file when unreadable. */
    public SourceFile load(Path path) {
        String name = path.getFileName().toString();
        try {
            byte[] bytes = Files.readAllBytes(path);
            return new SourceFile(path, name, bytes, sha256(bytes));
        } catch (IOException e) {
            throw new InputRejectedException(Problem.error(path.toString(),
                    "cannot read the file: " + e.getMessage(), "check that it exists and is readable"));
        }
    }

    /** The lines of the document's text; throws {@link InputRejectedException} when it is not text. */
    public List<SourceLine> lines(SourceFile file) {
        List<SourceLine> lines = switch (magic(file.bytes())) {
            case OOXML -> OfficeXmlReader.read(file, limits);
            case OLE2 -> CompoundFileReader.read(file, limits);
            case PDF -> PdfLines.read(file);
            case UNKNOWN, HTML, XML -> textLines(file);
            case JPEG, PNG, GIF, TIFF, BMP, WMF, EMF -> throw Rejection.of(file, "an image, not a text: OCR is not supported",
                    "give the notice's text instead: its web page, a Word file or a PDF with text");
            default -> throw Rejection.of(file, UnreadType.of(file.name()).map(t -> t.description)
                            .orElse("a document in an old or other format (" + magic(file.bytes()) + ")") + ", which policykg does not read",
                    UnreadType.of(file.name()).map(t -> t.whatToDo).orElse("save it as .docx") + " and build again");
        };
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new InputRejectedException(Problem.error(file.path().toString(),
                    "the file has no text", "give the text or web page of a notice"));
        }
        return lines;
    }

    private static FileMagic magic(byte[] bytes) {
        return bytes.length < 8 ? FileMagic.UNKNOWN : FileMagic.valueOf(bytes);
    }

    private List<SourceLine> textLines(SourceFile file) {
        StringBuilder why = new StringBuilder();
        Optional<String> text = decoder.decode(file.bytes(), why);
        if (text.isEmpty()) {
            Optional<UnreadType> type = UnreadType.of(file.name());
            if (type.isPresent()) {
                throw Rejection.of(file, type.get().description + ", which policykg does not read", type.get().whatToDo + " and build again");
            }
            throw new InputRejectedException(Problem.error(file.path().toString(), why.toString(),
                    "policykg reads " + DocumentFormats.readList() + " files; give a UTF-8, UTF-16 (with BOM) or GB18030 text or HTML file, or one of those"));
        }
        // Web pages saved under another name (a .doc that is really HTML, as some sites serve) read as HTML.
        boolean html = file.isHtml() || magic(file.bytes()) == FileMagic.HTML;
        return html ? HtmlTextLines.extract(text.get()) : PlainTextLines.split(text.get());
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
