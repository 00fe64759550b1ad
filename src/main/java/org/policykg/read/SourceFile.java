package org.policykg.read;

import java.nio.file.Path;

/** A file to read: its path, the name documents are known by, its bytes and their SHA-256. */
public record SourceFile(Path path, String name, byte[] bytes, String sha256) {

    public boolean isHtml() {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }
}
