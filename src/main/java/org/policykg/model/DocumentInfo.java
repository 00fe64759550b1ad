package org.policykg.model;

import java.time.LocalDate;

/**
 * What a document says about itself. Any field but {@code kind} may be null where the document
 * does not say it (003 has no title). {@code statedTaskCount} is the number of tasks the notice
 * says it lists (主要目标任务(共计93项)).
 */
public record DocumentInfo(
        String title,
        DocumentKind kind,
        String issuer,
        String documentNumber,
        LocalDate issued,
        LocalDate published,
        Integer planYear,
        Jurisdiction jurisdiction,
        String goalStatement,
        Integer statedTaskCount) {}
