package org.policykg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.apache.jena.query.QueryParseException;
import org.policykg.store.StoreException;

/**
 * The one line a user sees for a failure: what went wrong, in words, never an exception's class
 * name or a stack trace (those are for developers: run with -Dpolicykg.debug=true to print them).
 */
final class ErrorMessages {

    private ErrorMessages() {}

    static String of(Throwable e) {
        if (e instanceof StoreException) return e.getMessage();
        if (e instanceof QueryParseException q) {
            return "the query does not parse: " + firstLine(q.getMessage()) + " (check the SPARQL near that line and column)";
        }
        if (e instanceof UncheckedIOException u && u.getCause() != null && (u.getMessage() == null || u.getMessage().startsWith("java."))) {
            return reason(u.getCause());
        }
        if (e instanceof IOException io) return reason(io);
        if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException || e instanceof IllegalStateException) {
            return firstLine(e.getMessage());
        }
        if (e instanceof OutOfMemoryError) return "out of memory: give Java more with POLICYKG_JAVA_OPTS=-Xmx4g";
        return "unexpected failure: " + firstLine(e.getMessage() == null ? "no details" : e.getMessage())
                + " (please report it with the command you ran)";
    }

    /** An I/O failure in words, with the file it concerns. */
    static String reason(IOException e) {
        if (e instanceof NoSuchFileException n) return "no such file or folder: " + n.getFile();
        if (e instanceof AccessDeniedException a) return "permission denied: " + a.getFile();
        if (e instanceof NotDirectoryException n) return "not a folder: " + n.getFile();
        if (e instanceof CharacterCodingException) return "the file is not UTF-8 text";
        if (e instanceof FileSystemException f) {
            return (f.getReason() == null ? "cannot use the file" : f.getReason().toLowerCase(java.util.Locale.ROOT)) + ": " + f.getFile();
        }
        return firstLine(e.getMessage() == null ? "input/output failure" : e.getMessage());
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        String line = s.strip().lines().findFirst().orElse("");
        // Some libraries prefix their messages with a class name ("java.io.IOException: …"): drop it.
        return line.replaceFirst("^(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error): ", "");
    }
}
