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
 * # param: task = 001_1ee4ff36028791ed.txt:1:12   (source:list:task)
 * # view: table
 * </pre>
 */
public record QueryHeader(String title, String description, Map<String, String> params, String view) {

    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|description|param|view):\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^(\\w+)\\s*=\\s*(\\S*)");

    public static QueryHeader parse(String query) {
        String title = "";
        StringBuilder description = new StringBuilder();
        Map<String, String> params = new LinkedHashMap<>();
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
                    default -> {
                        Matcher p = PARAM.matcher(value);
                        if (p.find()) params.put(p.group(1), p.group(2));
                    }
                }
            } else if ("description".equals(last) && line.startsWith("#  ")) {
                description.append(' ').append(line.substring(1).strip());
            } else {
                last = null;
            }
        }
        return new QueryHeader(title, description.toString(), params, view);
    }
}
