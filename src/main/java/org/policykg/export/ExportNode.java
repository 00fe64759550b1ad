package org.policykg.export;

/**
 * A node of an exported graph. {@code id} is the IRI, so an export joins back to the store;
 * {@code kind} is task, unit, report, jurisdiction or target; {@code level} and {@code code} the
 * jurisdiction's; {@code value} a target's normalised number (empty otherwise).
 */
public record ExportNode(String id, String label, String kind, String level, String code, String value) {}
