package org.policykg.report;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportQueriesDumpTest {
    @Test
    void dump() throws Exception {
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/i10-rt2.tsv"), ReportChainStore.rows(ReportChainStore.query("report-targets.rq", Map.of()),
                "source", "jurisdiction", "year", "indicator", "value", "unit", "comparator", "as_written"));
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/i10-td.tsv"), ReportChainStore.rows(ReportChainStore.query("target-delivery.rq", Map.of()),
                "jurisdiction", "year", "indicator", "target_value", "comparator", "achieved_value", "verdict", "achieved_source"));
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/i10-ta.tsv"), ReportChainStore.rows(ReportChainStore.query("target-amplification.rq", Map.of()),
                "level", "jurisdiction", "jurisdiction_code", "target", "comparator", "parent", "parent_target", "difference", "source"));
    }
}
