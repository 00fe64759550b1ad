package org.policykg.problem;

public enum Severity { WARNING, ERROR }
