package org.concord.organisations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the directory. */
public interface Organisations {

    Optional<OrganisationView> find(long id, Locale locale);

    /** Every organisation's id and name in {@code locale}'s language, sorted by that name. */
    Map<Long, String> names(Locale locale);

    /** The organisation and all organisations above it, nearest first. */
    List<Long> ancestorsAndSelf(long id);

    /** The organisations and every organisation below them, at any depth. */
    java.util.Set<Long> descendantsAndSelf(java.util.Collection<Long> ids);

    /** Every organisation that has an IATI organisation identifier, by that identifier. */
    Map<String, Long> idsByIatiIdentifier();

    /**
     * The organisation with this IATI identifier, entered in the directory from an IATI file when it is not
     * there yet (named as the file names it, typed from the IATI organisation type code). The entry is audited
     * like any other write.
     */
    long registerFromIati(String iatiIdentifier, String name, String iatiOrganisationType);
}
