package org.policykg.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.ToLongFunction;
import picocli.CommandLine.Option;

/**
 * {@code -o FILE} and {@code --[no-]bom}, shared by the commands that print results. A file is
 * written under a temporary name and moved into place only when the command succeeds.
 */
final class OutputOption {

    /** The byte order mark Excel needs to open UTF-8 CSV as UTF-8. */
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = {"Write to FILE instead of standard output; on error FILE is left as it was", "输出到文件(出错时原文件保持不变)"})
    Path file;

    @Option(names = "--bom", negatable = true,
            description = {"Start CSV with a byte order mark so Excel reads it as UTF-8 (default: on for CSV written to a file)",
                "CSV 文件开头写入 BOM,便于 Excel 识别 UTF-8(写入文件时默认开启)"})
    Boolean bom;

    /** Whether CSV output starts with a BOM: as asked, else when it goes to a file. */
    boolean bom(boolean toFile) {
        return bom != null ? bom : toFile;
    }

    /** Runs {@code writer} on standard output or on the file, committing the file only if the writer returns. */
    long write(PrintStream stdout, boolean csv, ToLongFunction<PrintStream> writer) {
        if (file == null) {
            if (csv && bom(false)) stdout.write(BOM, 0, BOM.length);
            return writer.applyAsLong(stdout);
        }
        try (OutputFile target = OutputFile.create(file)) {
            PrintStream out = new PrintStream(target.stream(), false, StandardCharsets.UTF_8);
            if (csv && bom(true)) out.write(BOM, 0, BOM.length);
            long n = writer.applyAsLong(out);
            out.flush();
            if (out.checkError()) throw new java.io.UncheckedIOException("cannot write " + file, new java.io.IOException("write failed"));
            target.commit();
            return n;
        }
    }
}
