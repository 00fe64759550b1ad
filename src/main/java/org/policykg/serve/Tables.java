package org.policykg.serve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policykg.query.ResultTable;

/** Result rows as JSON objects keyed by column, as the explorer's pages read them. */
final class Tables {

    private Tables() {}

    static List<Map<String, String>> records(ResultTable table) {
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : table.rows()) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < table.columns().size(); i++) m.put(table.columns().get(i), row.get(i));
            out.add(m);
        }
        return out;
    }
}
