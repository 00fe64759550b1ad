package org.policykg.extract;

import java.nio.file.*;
import java.util.*;
import org.policykg.gazetteer.Gazetteer;
import org.policykg.model.*;
import org.policykg.problem.*;
import org.policykg.read.*;

/** Development aid: prints what the extractor finds in the seeds as gold-style rows. */
public class DumpSeeds {
    public static void main(String[] args) throws Exception {
        DocumentExtractor ex = new DocumentExtractor(Gazetteer.load());
        DocumentReader reader = new DocumentReader();
        StringBuilder out = new StringBuilder("source\tlist\ttask\tline\trole\tlevel\tunit_as_written\n");
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path p : files.sorted().toList()) {
                SourceFile f = reader.load(p);
                ProblemLog log = new ProblemLog(System.err::println);
                ExtractedDocument d = ex.extract(f, reader.lines(f), ProblemHandler.lenient(log));
                System.err.println(d.fileName() + " " + d.info() + " report=" + d.report() + " paragraphs=" + d.paragraphs().size());
                for (TaskList l : d.lists()) {
                    System.err.println("  list " + l.index() + " " + l.title() + " -> " + l.parentReport() + " tasks=" + l.tasks().size());
                    for (Task t : l.tasks()) for (Responsibility r : t.responsibilities())
                        out.append(String.join("\t", d.fileName(), "" + l.index(), t.number(), "" + t.span().line(), r.role().label(),
                                r.level() == null ? "" : r.level().label(), r.nameAsWritten())).append('\n');
                }
            }
        }
        Files.writeString(Path.of("/tmp/ours.tsv"), out.toString());
    }
}
