package org.concord.organisations;

import java.time.Instant;
import java.util.List;

/** Everything the directory knows of one organisation. {@code name}/{@code acronym} are in the reader's language. */
public record OrganisationView(long id, String slug, String name, String acronym, OrganisationType type,
                               OrganisationSubtype subtype, List<LocalName> names, String iatiIdentifier,
                               String headquartersCountry, List<String> countries, String website, String mandate,
                               String ssrSummary, List<SsrRole> roles, Reference parent, List<Reference> children,
                               long version, Instant updatedAt) {

    /** The organisation's name and acronym in one language (BCP 47 tag). */
    public record LocalName(String language, String name, String acronym) {
    }

    /** Another organisation, named for the reader. */
    public record Reference(long id, String name, String acronym) {
    }
}
