package org.concord.oversight;

import java.util.Locale;
import java.util.Optional;

/** The oversight module's public figures, for its own pages and for the portal. */
public interface OversightStatistics {

    /** A body's statistics; empty when the directory has no such organisation. */
    Optional<BodyStatistics> body(long organisationId, Locale locale);

    /** The reports received and handled by the oversight bodies working in {@code country} (ISO 3166-1 alpha-2). */
    OversightCountryFigures countryFigures(String country, Locale locale);

    /** The number that moves whenever a case changes, on any instance: what was computed from cases holds until then. */
    org.concord.shared.cache.DataVersion casesVersion();
}
