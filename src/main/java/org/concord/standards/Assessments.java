package org.concord.standards;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What other modules (the portal, scorecards) may ask of scored assessments. Only published assessments, whose peer
 * review is complete, are answered: what is public is what counts.
 */
public interface Assessments {

    /** The section bands of the institution's latest published assessment; empty when it has none. */
    List<SectionBand> latestBands(long organisationId, Locale locale);

    /** The institution's latest published assessment. */
    Optional<AssessmentResult> latest(long organisationId, Locale locale);

    /**
     * The latest published assessment of each of these institutions that has one, in the order of their names (in
     * {@code locale}'s language). One query finds them, whatever the number of institutions asked about.
     */
    List<AssessmentResult> latestOfEach(java.util.Collection<Long> organisationIds, Locale locale);

    /** Every published assessment of the institution, oldest first: its history. */
    List<AssessmentResult> history(long organisationId, Locale locale);
}
