package org.policykg.problem;

/**
 * Something wrong with an input, located as precisely as the stage that found it can:
 * {@code line} is 1-based (0 when the whole file is meant), {@code offset} a 0-based character
 * offset in the file (-1 when unknown). {@code hint} tells the user what to do.
 */
public record Problem(Severity severity, String file, int line, int offset, String message, String hint) {

    public static Problem error(String file, String message, String hint) {
        return new Problem(Severity.ERROR, file, 0, -1, message, hint);
    }

    public static Problem warning(String file, int line, int offset, String message) {
        return new Problem(Severity.WARNING, file, line, offset, message, null);
    }

    /** {@code file:line: error: message (hint)}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) sb.append(':').append(line);
        sb.append(": ").append(severity == Severity.ERROR ? "error" : "warning").append(": ").append(message);
        if (hint != null) sb.append(" (").append(hint).append(')');
        return sb.toString();
    }
}
