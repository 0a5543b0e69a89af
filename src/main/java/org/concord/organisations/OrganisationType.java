package org.concord.organisations;

import java.util.List;

/** Kinds of actor in security sector reform, with the finer kinds some of them have. */
public enum OrganisationType {
    INTERNATIONAL_ORGANISATION,
    REGIONAL_ORGANISATION,
    BILATERAL_DONOR,
    NATIONAL_GOVERNMENT,
    SECURITY_INSTITUTION,
    OVERSIGHT_BODY,
    CIVIL_SOCIETY,
    ACADEMIC_TRAINING_CENTRE;

    public List<OrganisationSubtype> subtypes() {
        return java.util.Arrays.stream(OrganisationSubtype.values()).filter(s -> s.type() == this).toList();
    }
}
