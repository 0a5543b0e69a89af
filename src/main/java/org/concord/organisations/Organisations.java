package org.concord.organisations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What other modules may ask of the directory. */
public interface Organisations {

    Optional<OrganisationView> find(long id, Locale locale);

    /** How many organisations the directory holds. */
    long count();

    /** The number that moves whenever the directory changes, on any instance: what was computed from it holds until then. */
    org.concord.shared.cache.DataVersion directoryVersion();

    /** Every organisation's id and name in {@code locale}'s language, sorted by that name. */
    Map<Long, String> names(Locale locale);

    /** The organisation and all organisations above it, nearest first. */
    List<Long> ancestorsAndSelf(long id);

    /** The organisations and every organisation below them, at any depth. */
    java.util.Set<Long> descendantsAndSelf(java.util.Collection<Long> ids);

    /**
     * The ids of the organisations seated in a country (their headquarters country, ISO 3166-1 alpha-2): a country's
     * own institutions, not every organisation that works there. One query.
     */
    java.util.Set<Long> seatedIn(String countryCode);

    /** Every organisation that has an IATI organisation identifier, by that identifier. */
    Map<String, Long> idsByIatiIdentifier();

    /** An organisation as an IATI file names it: identifier, name (may be null), IATI organisation type code. */
    record IatiOrganisation(String iatiIdentifier, String name, String iatiOrganisationType) {
    }

    /** What {@link #registerAllFromIati} did: the directory id of every identifier, and how many it entered. */
    record Registered(java.util.Map<String, Long> ids, int created) {
    }

    /**
     * The directory ids of these IATI organisations, entering those it does not know yet (named as the file names
     * them, typed from the IATI organisation type code), in one transaction and a few statements: what an import
     * does with the organisations its file named. Each entry is audited like any other write.
     */
    Registered registerAllFromIati(java.util.Collection<IatiOrganisation> organisations);
}
