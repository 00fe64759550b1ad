package org.policykg.segment;

import org.policykg.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policykg.normalise.MappedText;

/**
 * One row of a table, whichever way it reached us (real cells or a linearised copy), turned into a
 * task's text: the first task column is the body; every other column becomes a field whose label
 * says what the column holds (牵头单位:…, 责任领导:…, 完成时限:…), unit and leader fields first.
 */
final class TableRow {

    private static final Map<Lexicon.Kind, String> LABELS = Map.of(
            Lexicon.Kind.LEAD, "牵头单位:", Lexicon.Kind.COOPERATING, "配合单位:", Lexicon.Kind.RESPONSIBLE, "责任单位:",
            Lexicon.Kind.DATA_PROVIDER, "数据提供单位:", Lexicon.Kind.LEADER, "责任领导:", Lexicon.Kind.DEADLINE, "完成时限:",
            Lexicon.Kind.SOURCE, "任务来源:", Lexicon.Kind.PROGRESS, "进展情况:", Lexicon.Kind.TARGET, "预期目标:");

    private TableRow() {}

    /** A column: what it holds and the cells of this row in it (a broken cell is several). */
    record Column(Lexicon.Kind kind, List<MappedText> cells) {}

    /** The row's text, {@code number.} first when the number stands in a column of its own. */
    static MappedText text(String number, List<Column> columns) {
        List<MappedText> parts = new ArrayList<>();
        List<MappedText> body = new ArrayList<>();
        if (number != null) body.add(MappedText.synthetic(number + "."));
        boolean bodyTaken = false;
        List<MappedText> unitFields = new ArrayList<>();
        List<MappedText> otherFields = new ArrayList<>();
        for (Column c : columns) {
            if (c.cells().isEmpty()) continue;
            MappedText value = MappedText.join(c.cells(), "\n");
            if (c.kind() == Lexicon.Kind.TASK && !bodyTaken) {
                body.add(value);
                bodyTaken = true;
                continue;
            }
            String label = LABELS.getOrDefault(c.kind(), c.kind() == Lexicon.Kind.TASK ? "重点工作:" : "备注:");
            MappedText field = MappedText.join(List.of(MappedText.synthetic(label), value), "");
            (c.kind().namesUnits() || c.kind() == Lexicon.Kind.LEADER ? unitFields : otherFields).add(field);
        }
        parts.add(MappedText.join(body, ""));
        parts.addAll(unitFields);
        parts.addAll(otherFields);
        return MappedText.join(parts, "\n");
    }
}
