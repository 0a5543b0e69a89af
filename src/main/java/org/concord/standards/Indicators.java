package org.concord.standards;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What other modules may ask of the standards module: indicators and their verified values. */
public interface Indicators {

    /** An indicator the current reader may see (public, or restricted and the reader is a member of its organisation or an evaluator). */
    Optional<IndicatorSummary> indicator(long id, Locale locale);

    /** Indicators the current reader may see whose code or name contains {@code text}, at most {@code limit}. */
    List<IndicatorSummary> find(String text, Locale locale, int limit);

    /** Latest verified value for a subject (the whole subject, not a disaggregation), if any. */
    Optional<IndicatorValueView> latestVerified(long indicatorId, Subject subject);

    /** Verified values for a subject (the whole subject), in period order. */
    List<IndicatorValueView> verifiedSeries(long indicatorId, Subject subject);
}
