package org.policykg.link;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.policykg.store.StoreException;

/**
 * The links found so far, as their graphs' quads in temporary RDF Thrift files, one per kind: the
 * chains are linked one after the other and their links need not fit in the heap together (a
 * national year's do not), while the store's link graphs are still replaced once, when every chain
 * is done. The files are deleted on close.
 */
final class LinkSpill implements AutoCloseable {

    private record Staged(Path file, OutputStream bytes, StreamRDF quads, LinkWriter writer) {}

    private final Map<LinkKind, Staged> staged = new EnumMap<>(LinkKind.class);
    private final Map<LinkKind, Integer> accepted = new EnumMap<>(LinkKind.class);
    private final Map<LinkKind, Integer> written = new EnumMap<>(LinkKind.class);
    private boolean finished;

    LinkSpill(Iterable<LinkKind> kinds) {
        try {
            for (LinkKind kind : kinds) {
                Path file = Files.createTempFile("policykg-links-" + kind.localName() + "-", ".rt");
                OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                StreamRDF quads = StreamRDFWriter.getWriterStream(bytes, RDFFormat.RDF_THRIFT);
                quads.start();
                staged.put(kind, new Staged(file, bytes, quads, new LinkWriter(kind, quads)));
                accepted.put(kind, 0);
                written.put(kind, 0);
            }
        } catch (IOException e) {
            close();
            throw cannotWrite(e);
        }
    }

    void add(Link link) {
        if (finished) throw new IllegalStateException("the links were already read back");
        try {
            staged.get(link.kind()).writer().write(link);
        } catch (RiotException | UncheckedIOException e) {
            throw cannotWrite(e);
        }
        written.merge(link.kind(), 1, Integer::sum);
        if (link.accepted()) accepted.merge(link.kind(), 1, Integer::sum);
    }

    /** Accepted links of the kind. */
    int accepted(LinkKind kind) {
        return accepted.get(kind);
    }

    /** Links of the kind, accepted or not. */
    int written(LinkKind kind) {
        return written.get(kind);
    }

    /** Sends the kind's quads to {@code out} (without start or finish: {@code out} is the caller's). */
    void replay(LinkKind kind, StreamRDF out) {
        finish();
        RDFParser.source(staged.get(kind).file()).lang(Lang.RDFTHRIFT).parse(new StreamRDFWrapper(out) {
            @Override
            public void start() {}

            @Override
            public void finish() {}
        });
    }

    private void finish() {
        if (finished) return;
        finished = true;
        try {
            for (Staged s : staged.values()) {
                s.quads().finish();
                s.bytes().close();
            }
        } catch (IOException | RiotException e) {
            throw cannotWrite(e);
        }
    }

    private static StoreException cannotWrite(Exception e) {
        return new StoreException("cannot write the links found to a temporary file: " + e.getMessage()
                + " (check the free space of " + System.getProperty("java.io.tmpdir") + ", or set java.io.tmpdir)", e);
    }

    @Override
    public void close() {
        for (Staged s : staged.values()) {
            try {
                s.bytes().close();
            } catch (IOException e) {
                // closing to delete: what matters is that the file goes
            }
            try {
                Files.deleteIfExists(s.file());
            } catch (IOException e) {
                s.file().toFile().deleteOnExit();
            }
        }
    }
}
