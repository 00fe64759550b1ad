package org.policykg.store;

/** What the store holds of a document: the hash of the file and the extractor that read it. */
public record StoredVersion(String sha256, String extractorVersion) {}
