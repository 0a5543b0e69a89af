package org.concord.standards.internal.values;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.concord.organisations.Organisations;
import org.concord.shared.Countries;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.web.WebLinks;
import org.concord.standards.Subject;
import org.concord.standards.Unit;
import org.concord.standards.internal.indicators.Indicator;
import org.springframework.stereotype.Component;

/** The rules every value, baseline and target obeys, whether typed on a page, sent to the API or imported. */
@Component
public class ValueRules {

    private static final Pattern DISAGGREGATION = Pattern.compile("([a-z]+):([\\p{L}\\p{N}][\\p{L}\\p{N} ._-]{0,80})");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Countries countries;
    private final Organisations organisations;

    ValueRules(Countries countries, Organisations organisations) {
        this.countries = countries;
        this.organisations = organisations;
    }

    /** The subject named by a country code or an institution id, exactly one; null (and an error) otherwise. */
    public Subject subject(String countryCode, Long organisationId, List<FieldError> errors) {
        if ((countryCode == null) == (organisationId == null)) {
            errors.add(new FieldError("countryCode", "standards-subject-one"));
            return null;
        }
        if (countryCode != null && !countries.exists(countryCode)) {
            errors.add(new FieldError("countryCode", "unknown-country", countryCode));
            return null;
        }
        if (organisationId != null && organisations.find(organisationId, Locale.ENGLISH).isEmpty()) {
            errors.add(new FieldError("organisationId", "unknown-organisation"));
            return null;
        }
        return new Subject(countryCode, organisationId);
    }

    /** The period, which for a value must be of the indicator's frequency (a year for an annual indicator...). */
    public Period period(String label, Indicator indicator, boolean matchFrequency, List<FieldError> errors) {
        Period period = Period.parse(label).orElse(null);
        if (period == null) {
            errors.add(new FieldError("period", "standards-period-format"));
        } else if (matchFrequency && period.frequency() != indicator.frequency()) {
            errors.add(new FieldError("period", "standards-period-frequency", indicator.frequency().name().toLowerCase(Locale.ROOT)));
        }
        return period;
    }

    /** '' for the whole subject, else "dimension:key" with a dimension the indicator is broken down by. */
    public String disaggregation(String key, Indicator indicator, List<FieldError> errors) {
        if (key == null || key.isBlank()) {
            return "";
        }
        var m = DISAGGREGATION.matcher(key);
        if (!m.matches()) {
            errors.add(new FieldError("disaggregation", "standards-disaggregation-format"));
            return key;
        }
        boolean allowed = indicator.disaggregations().stream()
                .anyMatch(d -> d.name().toLowerCase(Locale.ROOT).equals(m.group(1)));
        if (!allowed) {
            errors.add(new FieldError("disaggregation", "standards-disaggregation-dimension", m.group(1)));
        }
        return key;
    }

    /** A value fits its unit: a percentage 0-100, yes/no 1 or 0; bounds in order and around the value. */
    public void figures(Unit unit, BigDecimal value, BigDecimal lower, BigDecimal upper, BigDecimal standardError,
                        List<FieldError> errors) {
        if (value == null) {
            errors.add(new FieldError("value", "required"));
            return;
        }
        if (unit == Unit.PERCENTAGE && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            errors.add(new FieldError("value", "standards-percentage-range"));
        }
        if (unit == Unit.YES_NO && value.compareTo(BigDecimal.ZERO) != 0 && value.compareTo(BigDecimal.ONE) != 0) {
            errors.add(new FieldError("value", "standards-yes-no"));
        }
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            errors.add(new FieldError("lowerBound", "standards-bounds-order"));
        }
        if (standardError != null && standardError.signum() < 0) {
            errors.add(new FieldError("standardError", "standards-standard-error-negative"));
        }
        if (value.abs().compareTo(new BigDecimal("1e14")) >= 0) {
            errors.add(new FieldError("value", "standards-value-too-large"));
        }
    }

    public void evidenceUrl(String url, List<FieldError> errors) {
        if (url != null && !(WebLinks.isWebAddress(url) && hasHost(url))) {
            errors.add(new FieldError("evidenceUrl", "web-address"));
        }
    }

    private static boolean hasHost(String url) {
        try {
            return new java.net.URI(url.trim()).getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
