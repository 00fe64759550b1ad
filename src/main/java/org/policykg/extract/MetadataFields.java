package org.policykg.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled fields that government sites print above a notice, in the layouts they use:
 * a table flattened with bars (名 称: | … | 发布机构: | …), labels glued to values
 * (发文单位黄石市人民政府办公室 发文字号黄政办发〔2022〕1号) or with colons (来源:… 时间:…).
 */
final class MetadataFields {

    /** Canonical field name → its written labels (spaces between the characters are allowed). */
    private static final Map<String, List<String>> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("title", List.of("文件名称", "名称", "标题"));
        LABELS.put("issuer", List.of("发布机构", "发文单位", "发文机关", "来源"));
        LABELS.put("number", List.of("发文字号", "文号"));
        LABELS.put("issued", List.of("成文日期", "发文日期"));
        LABELS.put("published", List.of("公开日期", "发布日期", "时间"));
        LABELS.put("host", List.of("主办单位"));
        LABELS.put("other", List.of("索引号", "主题分类", "文件类型", "效力状态", "公开方式"));
    }

    private static final Pattern LABEL = Pattern.compile(labelAlternatives());

    private final Map<String, String> values = new LinkedHashMap<>();

    MetadataFields(List<String> lines) {
        for (String line : lines) read(line);
    }

    String get(String field) {
        return values.get(field);
    }

    private void read(String line) {
        Matcher m = LABEL.matcher(line);
        int prevEnd = -1;
        String prevField = null;
        while (m.find()) {
            if (prevField != null) put(prevField, line.substring(prevEnd, m.start()));
            prevField = fieldOf(m.group().replaceAll("[\\s:：|]", ""));
            prevEnd = m.end();
        }
        if (prevField != null) put(prevField, line.substring(prevEnd));
    }

    private void put(String field, String raw) {
        String value = raw.replaceAll("^[\\s:：|]+|[\\s:：|]+$", "");
        int bar = value.indexOf('|');
        if (bar >= 0) value = value.substring(0, bar).strip();
        if (!value.isEmpty()) values.putIfAbsent(field, value);
    }

    private static String fieldOf(String label) {
        return LABELS.entrySet().stream()
                .filter(e -> e.getValue().contains(label))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("other");
    }

    /**
     * Each label may have spaces between its characters (名 称), must start the line or follow
     * a space or bar, and is followed by a colon, a bar or directly by its value.
     */
    private static String labelAlternatives() {
        StringBuilder sb = new StringBuilder("(?:^|(?<=[\\s|]))(?:");
        boolean first = true;
        for (List<String> labels : LABELS.values()) {
            for (String label : labels) {
                if (!first) sb.append('|');
                first = false;
                sb.append(String.join("\\s*", label.split("")));
            }
        }
        return sb.append(")\\s*[:：]?").toString();
    }
}
