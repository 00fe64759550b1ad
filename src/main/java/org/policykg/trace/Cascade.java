package org.policykg.trace;

import java.util.List;

/**
 * A traced cascade: the chain above the task (highest first, each joined to the next), the task,
 * and the tree of lower-level tasks below it.
 */
public record Cascade(List<CascadeNode> above, CascadeNode root) {}
