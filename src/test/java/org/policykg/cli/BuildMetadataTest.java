package org.policykg.cli;

import org.policykg.CommandRun;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** build --metadata: a corpus's metadata file gives title, jurisdiction and year; a bad one is one clear line. */
class BuildMetadataTest {

    private static final Path REPORT = Path.of("src", "test", "resources", "reports", "chain", "盐田区2022年政府工作报告_2022.txt");

    @Test
    void theMetadataFileGivesTitleJurisdictionAndYear(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        // a file name that says nothing: only the metadata can give the title
        Files.copy(REPORT, in.resolve("r1.txt"));
        Path csv = dir.resolve("metadata.csv");
        Files.writeString(csv, "\uFEFFfilename,title,source_level,region,report_year\n"
                + "r1.txt,盐田区2022年政府工作报告,区级,盐田区,2022\n");
        CommandRun r = CliTest.run("build", in.toString(), "--metadata", csv.toString(), "--store", dir.resolve("store").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        CommandRun q = CliTest.run("query", "documents", "--store", dir.resolve("store").toString(), "--format", "tsv");
        assertTrue(q.out().contains("r1.txt\twork report text\t盐田区2022年政府工作报告\t盐田区\t440308\tdistrict\t2022"), q.out());
    }

    @Test
    void aMetadataFileWithoutAFilenameColumnIsOneClearLine(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("metadata.csv");
        Files.writeString(csv, "title,year\n盐田区2022年政府工作报告,2022\n");
        CommandRun r = CliTest.run("build", REPORT.toString(), "--metadata", csv.toString(), "--store", dir.resolve("store").toString());
        assertEquals(ExitCodes.USAGE, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith(csv + ": error: cannot read the metadata file: no filename column"), r.err());
    }

    @Test
    void aDocumentWithoutAJurisdictionIsOneRowOfDocuments(@TempDir Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("n1.txt"), "重点任务分解\n1.新增停车泊位1000个。牵头单位:交通运输局\n2.建设口袋公园10个。牵头单位:园林局\n");
        CommandRun r = CliTest.run("build", in.toString(), "--store", dir.resolve("store").toString(), "-q");
        assertEquals(0, r.exit(), r.err());
        CommandRun q = CliTest.run("query", "documents", "--store", dir.resolve("store").toString(), "--format", "tsv");
        // the level is read inside the optional jurisdiction: outside it, an unbound level matched every notation in the store
        assertEquals(List.of("source\tkind\ttitle\tjurisdiction\tjurisdiction_code\tlevel\tyear", "n1.txt\ttask decomposition notice\t\t\t\t\t"),
                q.out().lines().toList(), q.out());
    }
}
