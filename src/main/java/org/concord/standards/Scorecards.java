package org.concord.standards;

import java.util.List;
import java.util.Locale;

/**
 * Public scorecards: only public indicators of public frameworks, only verified values, rated by the on-track rule
 * (stated on the scorecard page). Computed in SQL from the latest values, never by loading a series.
 */
public interface Scorecards {

    /** The scorecard of a country (ISO 3166-1 alpha-2), names in {@code locale}'s language. */
    Scorecard forCountry(String countryCode, Locale locale);

    /** The scorecard of an institution of the directory. */
    Scorecard forInstitution(long organisationId, Locale locale);

    /** Several countries or institutions side by side (at most {@link #MAX_COMPARED}). */
    Comparison compare(List<Subject> subjects, Locale locale);

    int MAX_COMPARED = 12;
}
