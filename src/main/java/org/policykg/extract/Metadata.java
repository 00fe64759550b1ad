package org.policykg.extract;

import java.time.LocalDate;

/** What the front matter of a document says, before jurisdiction and kind are decided. */
record Metadata(String title, String issuer, String documentNumber, LocalDate issued, LocalDate published, String siteCode, String host) {}
