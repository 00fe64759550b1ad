package org.policykg.problem;

/**
 * Where every stage sends what it finds wrong, like RIOT's ErrorHandler. A handler may throw
 * {@link InputRejectedException} to stop the current document (the strict policy); the batch
 * goes on with the next one.
 */
public interface ProblemHandler {

    void report(Problem problem);

    /** Keeps everything; warnings never stop a document. */
    static ProblemHandler lenient(ProblemLog log) {
        return log::add;
    }

    /** Keeps everything; the first warning or error rejects the document it is about. */
    static ProblemHandler strict(ProblemLog log) {
        return problem -> {
            log.add(problem);
            throw new InputRejectedException(problem);
        };
    }
}
