package org.policykg.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.policykg.problem.InputRejectedException;
import org.policykg.problem.Problem;

/** Reads one file into lines of text: bytes, encoding, then plain text or HTML. */
public final class DocumentReader {

    private final TextDecoder decoder = new TextDecoder();

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
        StringBuilder why = new StringBuilder();
        Optional<String> text = decoder.decode(file.bytes(), why);
        if (text.isEmpty()) {
            throw new InputRejectedException(Problem.error(file.path().toString(), why.toString(),
                    "give a UTF-8, UTF-16 (with BOM) or GB18030 text or HTML file"));
        }
        List<SourceLine> lines = file.isHtml() ? HtmlTextLines.extract(text.get()) : PlainTextLines.split(text.get());
        if (lines.stream().allMatch(l -> l.text().isBlank())) {
            throw new InputRejectedException(Problem.error(file.path().toString(),
                    "the file has no text", "give the text or web page of a notice"));
        }
        return lines;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
