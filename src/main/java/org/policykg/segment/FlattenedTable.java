package org.policykg.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.policykg.normalise.MappedText;

/**
 * A table that a web-to-text copy flattened into one cell per line:
 * 序号 / 工作任务 / 牵头单位 / 配合单位, then for each row its number and its cells. The header tells
 * which cell holds the task and which hold units; each row becomes a task whose unit cells are
 * read as fields (the label comes from the header, so it has no original text of its own).
 */
final class FlattenedTable {

    private static final Pattern HEADER = Pattern.compile(
            "工作任务|重点任务|任务内容|主要任务|工作内容|具体任务|任务|目标任务|工作目标|重点工作"
                    + "|牵头单位|配合单位|责任单位|协办单位|牵头领导|责任领导|完成时限|时间节点|完成时间|备注");
    private static final Pattern ROW_NUMBER = Pattern.compile("^(\\d+)[.、]?$");

    private final TaskSegmenter.TableSink sink;
    private final List<String> headers = new ArrayList<>();
    private boolean readingHeader = true;
    private String rowNumber;
    private Line rowFirst;
    private Line rowLast;
    private final List<Line> cells = new ArrayList<>();

    FlattenedTable(TaskSegmenter.TableSink sink, String firstHeader) {
        this.sink = sink;
        headers.add(firstHeader);
    }

    /** Takes the line if it belongs to the table; false ends the table and leaves the line to the caller. */
    boolean accept(Line line, LineKind kind) {
        String s = line.norm();
        if (readingHeader) {
            if (HEADER.matcher(s).matches()) {
                headers.add(s);
                return true;
            }
            readingHeader = false;
            if (headers.size() < 2) return end();
        }
        java.util.regex.Matcher row = ROW_NUMBER.matcher(s);
        if (row.matches()) {
            closeRow();
            rowNumber = row.group(1);
            rowFirst = line;
            rowLast = line;
            return true;
        }
        if (rowNumber == null || isBoundary(kind)) return end();
        cells.add(line);
        rowLast = line;
        return true;
    }

    private static boolean isBoundary(LineKind kind) {
        return switch (kind) {
            case SECTION, SUBSECTION, ATTACHMENT_MARK, ATTACHMENT_LIST, CHROME, TABLE_HEADER, DASH_HEADING -> true;
            default -> false;
        };
    }

    private boolean end() {
        closeRow();
        sink.tableEnded();
        return false;
    }

    void closeRow() {
        if (rowNumber == null) return;
        List<MappedText> parts = new ArrayList<>();
        parts.add(MappedText.synthetic(rowNumber + "."));
        List<MappedText> fields = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String header = i + 1 < headers.size() ? headers.get(i + 1) : "";
            MappedText cell = cells.get(i).text();
            if (Patterns.FIELD_LINE.matcher(header + ":").find()) {
                fields.add(MappedText.join(List.of(MappedText.synthetic(header + ":"), cell), ""));
            } else {
                parts.add(cell);
            }
        }
        MappedText body = MappedText.join(parts, "");
        List<MappedText> all = new ArrayList<>();
        all.add(body);
        all.addAll(fields);
        sink.row(rowNumber, MappedText.join(all, "\n"), rowFirst, rowLast);
        rowNumber = null;
        cells.clear();
    }
}
