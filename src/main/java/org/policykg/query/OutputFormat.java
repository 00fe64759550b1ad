package org.policykg.query;

/** How query results are printed. */
public enum OutputFormat { TABLE, CSV, TSV, JSON }
