package org.policykg.segment;

import java.util.List;

/** The task structure of a notice: its lists and its 主要预期目标 paragraph, if any. */
public record Outline(List<RawList> lists, Line goalStatement) {}
