package org.policykg.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * What a result's columns and code words are shown as (headers and roles, levels in the user's
 * language), resolved once for a query's columns so that printing a row only looks a cell up in
 * its column's map.
 * @param header the name shown for each column
 * @param words for each column, the word shown for a value (a value not in it is shown as it is)
 */
public record ResultLabels(List<String> header, List<Map<String, String>> words) {

    public ResultLabels {
        header = List.copyOf(header);
        words = List.copyOf(words);
        if (header.size() != words.size()) throw new IllegalArgumentException("a header of " + header.size() + " columns, words for " + words.size());
    }

    /** The data's own names and values. */
    public static ResultLabels plain(List<String> columns) {
        return new ResultLabels(columns, Collections.nCopies(columns.size(), Map.of()));
    }

    /** The cell of {@code column} as shown. */
    public String cell(int column, String value) {
        return words.get(column).getOrDefault(value, value);
    }

    /** {@code table} as shown. */
    public ResultTable apply(ResultTable table) {
        List<List<String>> rows = new ArrayList<>(table.rows().size());
        for (List<String> row : table.rows()) {
            List<String> shown = new ArrayList<>(row.size());
            for (int i = 0; i < row.size(); i++) shown.add(cell(i, row.get(i)));
            rows.add(shown);
        }
        return new ResultTable(header, rows);
    }
}
