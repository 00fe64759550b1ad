package org.policykg.model;

/** A government work report, identified by the jurisdiction that delivered it and its plan year. */
public record ReportRef(Jurisdiction jurisdiction, int year) {}
