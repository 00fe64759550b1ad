package org.policykg.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects problems and passes each to an optional listener as it arrives (to print it at once). */
public final class ProblemLog {

    private final List<Problem> problems = new ArrayList<>();
    private final Consumer<Problem> listener;

    public ProblemLog() { this(p -> {}); }

    public ProblemLog(Consumer<Problem> listener) { this.listener = listener; }

    public void add(Problem problem) {
        problems.add(problem);
        listener.accept(problem);
    }

    public List<Problem> all() { return List.copyOf(problems); }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
