package org.policykg.read;

import org.policykg.problem.InputRejectedException;
import org.policykg.problem.Problem;

/** The one way readers refuse a file: what is wrong with it and what the user can do. */
final class Rejection {

    private Rejection() {}

    static InputRejectedException of(SourceFile file, String why, String whatToDo) {
        return new InputRejectedException(Problem.error(file.path().toString(), why, whatToDo));
    }

    /** What to say of a file that could not be parsed: damaged or cut short. */
    static InputRejectedException damaged(SourceFile file, String format, Exception cause) {
        String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return of(file, "the " + format + " file is damaged or truncated (" + firstLine(detail) + ")",
                "open it in its program and save it again, or download it again");
    }

    private static String firstLine(String s) {
        String line = s.strip().split("\\R", 2)[0];
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
