package org.concord.standards;

import java.util.List;
import java.util.Locale;

/**
 * Scorecards, for the current reader: public indicators of public frameworks for everyone, restricted ones too for
 * members of the owning organisation (or one above it) and evaluators, as everywhere in the module; only verified
 * values, rated by the on-track rule (stated on the scorecard page); only published assessments. Computed in SQL from
 * the latest values, never by loading a series. With nobody signed in (a visitor, a background job), public only.
 */
public interface Scorecards {

    /**
     * The scorecard of a country (ISO 3166-1 alpha-2), names in {@code locale}'s language, with the latest published
     * assessment of each institution seated in the country.
     */
    Scorecard forCountry(String countryCode, Locale locale);

    /** The scorecard of an institution of the directory, with its latest published assessment. */
    Scorecard forInstitution(long organisationId, Locale locale);

    /** Several countries or institutions side by side (at most {@link #MAX_COMPARED}). */
    Comparison compare(List<Subject> subjects, Locale locale);

    /**
     * The number that moves whenever what a scorecard shows changes (indicators, baselines, targets, values,
     * assessments), on any instance: a page kept for anonymous readers holds until it moves.
     */
    org.concord.shared.cache.DataVersion dataVersion();

    int MAX_COMPARED = 12;
}
