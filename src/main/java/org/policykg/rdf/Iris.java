package org.policykg.rdf;

import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.lib.IRILib;
import org.policykg.model.Jurisdiction;
import org.policykg.model.ReportRef;
import org.policykg.model.UnitRef;

/**
 * Deterministic IRIs: the same document, task or unit gets the same IRI on every build.
 * Documents are named by file name; a unit by its jurisdiction's code and its folded name.
 */
public final class Iris {

    private Iris() {}

    public static String document(String fileName) {
        return PKG.DATA + "doc/" + encode(fileName);
    }

    public static String list(String fileName, int list) {
        return document(fileName) + "/list/" + list;
    }

    public static String task(String fileName, int list, String number) {
        return list(fileName, list) + "/task/" + encode(number);
    }

    public static String responsibility(String taskIri, int position) {
        return taskIri + "/responsibility/" + position;
    }

    public static String paragraph(String fileName, int number) {
        return document(fileName) + "/paragraph/" + number;
    }

    public static String jurisdiction(Jurisdiction j) {
        return PKG.DATA + "jurisdiction/" + j.code();
    }

    public static String report(ReportRef report) {
        return PKG.DATA + "report/" + report.jurisdiction().code() + "/" + report.year();
    }

    /** A task of a report, as all documents that decompose that report write it. */
    public static String reportTask(ReportRef report, String taskText) {
        return report(report) + "/task/" + org.policykg.normalise.MatchKey.digest(taskText);
    }

    /** A link between two items; one IRI per kind, child and parent. */
    public static String link(String kind, String childIri, String parentIri) {
        return PKG.DATA + "link/" + kind + "/" + org.policykg.normalise.MatchKey.rawDigest(childIri + " " + parentIri);
    }

    /** The named graph that holds the links of one inferred kind; rebuilding links replaces it. */
    public static String linkGraph(String kind) {
        return "https://w3id.org/policykg/graph/links/" + kind;
    }

    public static String unit(UnitRef unit) {
        String scope = unit.jurisdiction() == null ? "unknown" : unit.jurisdiction().code();
        return PKG.DATA + "unit/" + scope + "/" + encode(unit.key());
    }

    /** A document known by its number (国发〔2020〕6号), or by its title where no number is written. */
    public static String documentReference(String number, String title) {
        return PKG.DATA + (number != null ? "docnumber/" + encode(number) : "doctitle/" + encode(title));
    }

    /** A person named as a task's leader, within the jurisdiction of the document (王健 of 辽宁省). */
    public static String person(Jurisdiction scope, String name) {
        return PKG.DATA + "person/" + (scope == null ? "unknown" : scope.code()) + "/" + encode(name);
    }

    public static String post(Jurisdiction scope, String name) {
        return PKG.DATA + "post/" + (scope == null ? "unknown" : scope.code()) + "/" + encode(name);
    }

    /**
     * Percent-encodes a path segment with jena-base's IRILib (ASCII delimiters and spaces), keeping
     * Chinese text as written, which IRIs allow; the few code points IRILib passes through but an IRI
     * forbids (controls, private use, noncharacters) are encoded too.
     */
    public static String encode(String segment) {
        String encoded = IRILib.encodeUriComponent(segment);
        if (encoded.codePoints().noneMatch(Iris::forbidden)) return encoded;
        StringBuilder sb = new StringBuilder();
        encoded.codePoints().forEach(cp -> {
            if (!forbidden(cp)) sb.appendCodePoint(cp);
            else for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) sb.append(String.format("%%%02X", b & 0xFF));
        });
        return sb.toString();
    }

    /** Not a ucschar or unreserved character of RFC 3987 (nor an escape IRILib made). */
    private static boolean forbidden(int cp) {
        return Character.isISOControl(cp) || Character.getType(cp) == Character.PRIVATE_USE
                || Character.getType(cp) == Character.SURROGATE || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
    }
}
