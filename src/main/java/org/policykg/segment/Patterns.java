package org.policykg.segment;

import org.policykg.lexicon.Lexicon;
import java.util.regex.Pattern;

/** The patterns that recognise the numbering and labels of these documents (on normalised text). */
public final class Patterns {

    private Patterns() {}

    /** Chinese numerals as used in headings. */
    public static final String CN_NUMBER = "[一二三四五六七八九十百零〇两]+";

    public static final Pattern SECTION = Pattern.compile("^(" + CN_NUMBER + ")、\\s*(.*)$");
    public static final Pattern SUBSECTION = Pattern.compile("^[(〔]\\s*(" + CN_NUMBER + ")\\s*[)〕]\\s*(.*)$");
    public static final Pattern DASH_HEADING = Pattern.compile("^[—－-]{2}\\s*(.+)$");
    /**
     * A task number of any size: digits then 、, 。 or a dot that does not start a decimal (1.2万 is
     * no task 1). 1。 is how some notices (Tianjin's) number their tasks.
     */
    public static final Pattern TASK = Pattern.compile("^\\s*(\\d+)\\s*(?:[、。]|[.．](?!\\d))\\s*(.*)$");
    /** (1) or ① numbering: a task where no task is left open without its units, else a sub-item of the open task. */
    public static final Pattern SUB_TASK = Pattern.compile("^\\s*(?:[(（](\\d+)[)）]|([\u2460-\u2473]))\\s*(.*)$");
    public static final Pattern SUB_TASK_PREFIX = Pattern.compile("^\\s*(?:[(（]\\d+[)）]|[\u2460-\u2473])\\s*");

    /** The number and separator that open a task's text (TASK without the rest of the line). */
    public static final Pattern TASK_PREFIX = Pattern.compile("^\\s*(\\d+)\\s*(?:[、。]|[.．](?!\\d))\\s*");
    public static final Pattern ATTACHMENT_MARK = Pattern.compile("^附件\\s*(\\d{1,2})\\s*$");
    public static final Pattern TRAILING_ATTACHMENT_MARK = Pattern.compile("附件\\s*(\\d{1,2})\\s*$");
    public static final Pattern ATTACHMENT_LIST = Pattern.compile("^附件\\s*[:：]");

    /** Field labels (from the lexicon) with their colon; group 1 is the 省级/市级/区级 qualifier, group 2 the label. */
    public static final Pattern FIELD_LABEL = Lexicon.get().fieldLabel();

    public static final Pattern FIELD_LINE = Pattern.compile("^" + FIELD_LABEL.pattern());
}
