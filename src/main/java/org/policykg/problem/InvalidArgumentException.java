package org.policykg.problem;

/**
 * A value the user gave that does not fit (an unknown scope, a malformed date, a task reference
 * that names nothing or several tasks): a usage error, exit 2, reported in one line with what to
 * give instead.
 */
public class InvalidArgumentException extends IllegalArgumentException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
