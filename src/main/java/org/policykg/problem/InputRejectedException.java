package org.policykg.problem;

/** Thrown when a document cannot be taken; carries the problem that says why. */
public class InputRejectedException extends RuntimeException {

    private final transient Problem problem;

    public InputRejectedException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public Problem problem() { return problem; }
}
