package org.policykg.segment;

import java.util.List;

/** A numbered list of tasks; {@code title} is the heading that introduced it, or null. */
public record RawList(int index, String title, List<RawTask> tasks) {}
