package org.policykg.model;

import java.util.List;

/**
 * A numbered list of tasks (numbering restarts at 1 for each). {@code parentReport} is the report
 * whose tasks it implements; it is null when the list's document is its own plan.
 */
public record TaskList(int index, String title, ReportRef parentReport, List<Task> tasks) {

    public TaskList {
        tasks = List.copyOf(tasks);
    }
}
