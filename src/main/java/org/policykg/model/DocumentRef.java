package org.policykg.model;

/**
 * A document that a notice or a task says it implements (根据《…》(国发〔2020〕6号), a 任务来源 cell):
 * its title as written, and its document number (文号), the key it is linked by; either may be null.
 */
public record DocumentRef(String title, String number) {}
