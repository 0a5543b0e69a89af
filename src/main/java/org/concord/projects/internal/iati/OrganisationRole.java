package org.concord.projects.internal.iati;

/** The IATI OrganisationRole codelist: what a participating organisation does in an activity. */
public enum OrganisationRole {
    /** provides the money */
    FUNDING("1"),
    /** answers for the activity; Concord reads it as the beneficiary institution */
    ACCOUNTABLE("2"),
    /** manages the funding on the funder's behalf */
    EXTENDING("3"),
    /** does the work */
    IMPLEMENTING("4");

    private final String code;

    OrganisationRole(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether {@code code}, as published, is this role's. */
    public boolean is(String code) {
        return this.code.equals(code);
    }

    /** null when the code is not in the codelist. */
    public static OrganisationRole of(String code) {
        for (OrganisationRole role : values()) {
            if (role.code.equals(code)) {
                return role;
            }
        }
        return null;
    }
}
