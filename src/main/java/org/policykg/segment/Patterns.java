package org.policykg.segment;

import java.util.regex.Pattern;

/** The patterns that recognise the numbering and labels of these documents (on normalised text). */
public final class Patterns {

    private Patterns() {}

    /** Chinese numerals as used in headings. */
    public static final String CN_NUMBER = "[一二三四五六七八九十百零〇两]+";

    public static final Pattern SECTION = Pattern.compile("^(" + CN_NUMBER + ")、\\s*(.*)$");
    public static final Pattern SUBSECTION = Pattern.compile("^[(〔]\\s*(" + CN_NUMBER + ")\\s*[)〕]\\s*(.*)$");
    public static final Pattern DASH_HEADING = Pattern.compile("^[—－-]{2}\\s*(.+)$");
    /** A task number: digits then 、 or a dot that does not start a decimal (1.2万 is no task 1). */
    public static final Pattern TASK = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:、|[.．](?!\\d))\\s*(.*)$");
    /** The number and separator that open a task's text (TASK without the rest of the line). */
    public static final Pattern TASK_PREFIX = Pattern.compile("^\\s*(\\d{1,3})\\s*(?:、|[.．](?!\\d))\\s*");
    public static final Pattern ATTACHMENT_MARK = Pattern.compile("^附件\\s*(\\d{1,2})\\s*$");
    public static final Pattern TRAILING_ATTACHMENT_MARK = Pattern.compile("附件\\s*(\\d{1,2})\\s*$");
    public static final Pattern ATTACHMENT_LIST = Pattern.compile("^附件\\s*[:：]");

    /** Role and leader labels of unit clauses; group 1 is the 省级/市级/区级 qualifier. */
    public static final Pattern FIELD_LABEL = Pattern.compile(
            "(省级|市级|区级|县级)?(牵头单位|配合单位|协办单位|协同单位|参与单位|责任单位|主办单位|承办单位"
                    + "|牵头部门|配合部门|责任部门|牵头领导|责任领导|分管领导|联系领导|责任人)\\s*[:：]");

    public static final Pattern FIELD_LINE = Pattern.compile("^" + FIELD_LABEL.pattern());
}
