package org.policykg.trace;

import java.io.PrintStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** Writes a cascade as JSON: {"above": [...], "task": {..., "children": [...]}}. */
public final class JsonRenderer {

    private JsonRenderer() {}

    public static void render(Cascade cascade, PrintStream out) {
        JsonObject json = new JsonObject();
        JsonArray above = new JsonArray();
        cascade.above().forEach(n -> above.add(node(n)));
        json.put("above", above);
        json.put("task", node(cascade.root()));
        JSON.write(out, json);
        out.println();
    }

    private static JsonObject node(CascadeNode n) {
        JsonObject o = new JsonObject();
        o.put("iri", n.iri());
        o.put("id", n.id());
        o.put("level", n.level());
        o.put("jurisdiction", n.jurisdiction());
        o.put("text", n.text());
        o.put("lead", array(n.leads()));
        o.put("with", array(n.others()));
        o.put("targets", array(n.targets()));
        if (n.linkKind() != null) {
            o.put("link", n.linkKind());
            o.put("score", org.apache.jena.atlas.json.JsonNumber.value(n.score()));
        }
        JsonArray children = new JsonArray();
        n.children().forEach(c -> children.add(node(c)));
        o.put("children", children);
        return o;
    }

    private static JsonArray array(java.util.List<String> values) {
        JsonArray a = new JsonArray();
        values.forEach(a::add);
        return a;
    }
}
