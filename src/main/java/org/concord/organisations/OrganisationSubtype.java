package org.concord.organisations;

/** Finer kinds of security institutions and oversight bodies. */
public enum OrganisationSubtype {
    POLICE(OrganisationType.SECURITY_INSTITUTION),
    ARMED_FORCES(OrganisationType.SECURITY_INSTITUTION),
    INTELLIGENCE(OrganisationType.SECURITY_INSTITUTION),
    BORDER(OrganisationType.SECURITY_INSTITUTION),
    CORRECTIONS(OrganisationType.SECURITY_INSTITUTION),
    PARLIAMENTARY_COMMITTEE(OrganisationType.OVERSIGHT_BODY),
    OMBUDSPERSON(OrganisationType.OVERSIGHT_BODY),
    INSPECTORATE(OrganisationType.OVERSIGHT_BODY),
    AUDIT_OFFICE(OrganisationType.OVERSIGHT_BODY),
    HUMAN_RIGHTS_INSTITUTION(OrganisationType.OVERSIGHT_BODY),
    COURT(OrganisationType.OVERSIGHT_BODY);

    private final OrganisationType type;

    OrganisationSubtype(OrganisationType type) {
        this.type = type;
    }

    public OrganisationType type() {
        return type;
    }
}
