package org.concord.funding.internal;

import java.util.Locale;
import java.util.Optional;
import org.concord.standards.IndicatorSummary;
import org.concord.standards.IndicatorValueView;
import org.concord.standards.Indicators;
import org.concord.standards.Subject;
import org.springframework.stereotype.Component;

/**
 * What outcome conditions read of the standards module: the indicator a condition names, and its latest verified
 * value for the recipient institution, or for the agreement's country when the institution has none.
 */
@Component
public class OutcomeIndicators {

    private final Indicators indicators;

    OutcomeIndicators(Indicators indicators) {
        this.indicators = indicators;
    }

    public Optional<IndicatorSummary> indicator(long id, Locale locale) {
        return indicators.indicator(id, locale);
    }

    public Optional<IndicatorValueView> latestVerified(long indicatorId, long recipientId, String country) {
        Optional<IndicatorValueView> institution = indicators.latestVerified(indicatorId, Subject.institution(recipientId));
        return institution.isPresent() || country == null ? institution
                : indicators.latestVerified(indicatorId, Subject.country(country));
    }
}
