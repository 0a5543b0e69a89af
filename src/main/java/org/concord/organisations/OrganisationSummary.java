package org.concord.organisations;

import java.util.List;

/** One line of the directory, named in the reader's language where a name in it exists. */
public record OrganisationSummary(long id, String name, String acronym, OrganisationType type,
                                  OrganisationSubtype subtype, String headquartersCountry, List<SsrRole> roles) {
}
