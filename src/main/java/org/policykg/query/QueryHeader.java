package org.policykg.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comment header of a canned query: its title (zh | en), what it answers, its parameters with
 * their defaults, and the view that suits it (as the Wikidata Query Service's #defaultView):
 * <pre>
 * # title: 任务链条 | Cascade of a task
 * # description: …
 * # param: task task-ref = 001_1ee4ff36028791ed.txt:1:12   (source:list:task)
 * # param: place jurisdiction   (optional: without a value the query answers for every jurisdiction)
 * # values: generic_indicator = indicator/generic-indicators
 * # view: table
 * </pre>
 * A parameter's type ({@link ParamType}: string, xsd:date, xsd:integer, xsd:decimal, xsd:boolean, iri,
 * task-ref, unit-name, jurisdiction) follows its name; without one it is a string. A parameter without
 * {@code = default} is optional: its value is {@code null} in {@link #params()} and, unless given, the
 * query sees the variable unbound (a {@code FILTER(!BOUND(?place) || …)} then keeps every row). A
 * {@code values} line names the reviewed word list that fills the query's empty VALUES block of that
 * variable ({@link ValuesBlocks}).
 */
public record QueryHeader(String title, String description, Map<String, String> params, Map<String, ParamType> types, Map<String, String> values, String view) {

    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|description|param|values|view):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+):?(?:\\s+([\\w:-]+))?\\s*(?:=\\s*(\\S*))?");

    public static QueryHeader parse(String query) {
        String title = "";
        StringBuilder description = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
        Map<String, ParamType> types = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>();
        String view = "table";
        String last = null;
        for (String line : query.split("\\R")) {
            if (!line.startsWith("#")) break;
            Matcher m = FIELD.matcher(line);
            if (m.matches()) {
                last = m.group(1);
                String value = m.group(2).strip();
                switch (last) {
                    case "title" -> title = value;
                    case "description" -> description.append(value);
                    case "view" -> view = value;
                    case "values" -> {
                        String[] v = value.split("\\s*=\\s*", 2);
                        if (v.length == 2) values.put(v[0].replaceFirst("^\\?", ""), v[1].strip());
                    }
                    default -> {
                        Matcher p = PARAM.matcher(value);
                        if (p.find()) {
                            params.put(p.group(1), p.group(3));
                            types.put(p.group(1), p.group(2) == null ? ParamType.STRING : ParamType.of(p.group(2)));
                        }
                    }
                }
            } else if ("description".equals(last) && line.startsWith("#  ")) {
                description.append(' ').append(line.substring(1).strip());
            } else {
                last = null;
            }
        }
        return new QueryHeader(title, description.toString(), params, types, values, view);
    }
}
