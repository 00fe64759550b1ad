package org.policykg.model;

/** Kinds of responsible unit; each is a concept of the ontology's unit-kind scheme. */
public enum UnitKind {
    GOVERNMENT_DEPARTMENT("governmentDepartment"),
    STREET_OFFICE("streetOffice"),
    ZONE_COMMITTEE("zoneCommittee"),
    STATE_OWNED_COMPANY("stateOwnedCompany"),
    PARTY_ORGAN("partyOrgan"),
    MASS_ORGANISATION("massOrganisation"),
    BRANCH_OF_HIGHER_AGENCY("branchOfHigherAgency"),
    LOWER_LEVEL_GOVERNMENT("lowerLevelGovernment"),
    COORDINATION_BODY("coordinationBody"),
    JUDICIAL_ORGAN("judicialOrgan"),
    COLLECTIVE("collective");

    private final String localName;

    UnitKind(String localName) { this.localName = localName; }

    public String localName() { return localName; }
}
