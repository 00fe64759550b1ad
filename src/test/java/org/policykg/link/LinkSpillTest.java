package org.policykg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** The links of chains done so far, kept on disk until the one write: what comes back is what went in. */
class LinkSpillTest {

    private static final Link ACCEPTED = new Link(LinkKind.CONTRIBUTES_TO, "https://example.org/task/c1", "https://example.org/task/p1",
            0.734, 1, "text 0.41/0.80; 牵头单位 市发展改革委", true);
    private static final Link CANDIDATE = new Link(LinkKind.CONTRIBUTES_TO, "https://example.org/task/c1", "https://example.org/task/p2",
            0.2, 2, "text 0.10/0.30", false);
    private static final Link SAME = new Link(LinkKind.SAME_TASK, "https://example.org/task/t2", "https://example.org/task/t1", null, 1,
            "the same text for the same report");

    private static Set<String> quads(Iterable<Link> links, LinkKind kind) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        LinkWriter writer = new LinkWriter(kind, StreamRDFLib.dataset(dsg));
        for (Link l : links) if (l.kind() == kind) writer.write(l);
        return strings(dsg);
    }

    private static Set<String> strings(DatasetGraph dsg) {
        Set<String> quads = new TreeSet<>();
        dsg.find().forEachRemaining(q -> quads.add(NodeFmtLib.strNQ(q)));
        return quads;
    }

    private static List<Path> spillFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("policykg-links-")).toList();
        }
    }

    @Test
    void replaysEachKindsQuadsAsWrittenAndCountsThem() {
        List<Link> links = List.of(ACCEPTED, CANDIDATE, SAME);
        try (LinkSpill spill = new LinkSpill(LinkStage.KINDS)) {
            links.forEach(spill::add);
            assertEquals(1, spill.accepted(LinkKind.CONTRIBUTES_TO));
            assertEquals(2, spill.written(LinkKind.CONTRIBUTES_TO));
            assertEquals(1, spill.accepted(LinkKind.SAME_TASK));
            assertEquals(0, spill.written(LinkKind.DERIVED_FROM));
            for (LinkKind kind : LinkStage.KINDS) {
                DatasetGraph back = DatasetGraphFactory.create();
                StreamRDF out = StreamRDFLib.dataset(back);
                spill.replay(kind, out);
                assertEquals(quads(links, kind), strings(back), kind.toString());
            }
        }
        Set<String> contributions = quads(links, LinkKind.CONTRIBUTES_TO);
        assertTrue(contributions.stream().anyMatch(q -> q.contains("牵头单位 市发展改革委")), "evidence kept as written");
        assertTrue(contributions.stream().anyMatch(q -> q.contains("\"0.734\"")), "score kept as written");
    }

    @Test
    void deletesItsFilesWhenClosed() throws IOException {
        List<Path> before = spillFiles();
        try (LinkSpill spill = new LinkSpill(LinkStage.KINDS)) {
            spill.add(ACCEPTED);
            assertEquals(before.size() + LinkStage.KINDS.size(), spillFiles().size());
        }
        assertEquals(before, spillFiles());
    }
}
