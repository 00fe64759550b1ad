package org.policykg.segment;

/** What a line is, before context decides what it does. */
public enum LineKind {
    BLANK,
    /** Web-page chrome and site footers: 设为首页, ICP备, 网站标识码 … */
    CHROME,
    /** 附件1 / 附件 2 on its own line: an attachment starts. */
    ATTACHMENT_MARK,
    /** 附件:1.… : the notice's list of its attachments. */
    ATTACHMENT_LIST,
    /** 一、… */
    SECTION,
    /** (一)… */
    SUBSECTION,
    /** ——推进… */
    DASH_HEADING,
    /** 1. / 1、 / 204. */
    TASK,
    /** 牵头单位:… on a line of its own. */
    FIELD,
    /** 序号 opening a table flattened into one cell per line. */
    TABLE_HEADER,
    TEXT
}
