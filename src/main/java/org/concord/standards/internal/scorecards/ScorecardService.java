package org.concord.standards.internal.scorecards;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.organisations.Organisations;
import org.concord.shared.Countries;
import org.concord.shared.cache.DataVersion;
import org.concord.standards.Assessments;
import org.concord.standards.Comparison;
import org.concord.standards.Direction;
import org.concord.standards.IndicatorSummary;
import org.concord.standards.Scorecard;
import org.concord.standards.ScorecardLine;
import org.concord.standards.Scorecards;
import org.concord.standards.Subject;
import org.concord.standards.internal.ReaderScope;
import org.concord.standards.internal.StandardsPermissions;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scorecards and comparisons: the rows come from {@link ScorecardQueries}, the rating from {@link OnTrackRule}. */
@Service
@Transactional(readOnly = true)
class ScorecardService implements Scorecards {

    private final ScorecardQueries queries;
    private final Countries countries;
    private final Organisations organisations;
    private final StandardsPermissions permissions;
    private final Assessments assessments;
    private final DataVersion version;

    ScorecardService(ScorecardQueries queries, Countries countries, Organisations organisations,
                     StandardsPermissions permissions, Assessments assessments, JdbcTemplate jdbc) {
        this.queries = queries;
        this.countries = countries;
        this.organisations = organisations;
        this.permissions = permissions;
        this.assessments = assessments;
        this.version = new DataVersion(jdbc, "standards_scorecard_version", 74);
    }

    @Override
    public Scorecard forCountry(String countryCode, Locale locale) {
        Scorecard card = scorecard(Subject.country(countryCode), locale);
        return new Scorecard(card.subject(), card.subjectName(), card.lines(),
                assessments.latestOfEach(organisations.seatedIn(countryCode), locale));
    }

    @Override
    public Scorecard forInstitution(long organisationId, Locale locale) {
        Scorecard card = scorecard(Subject.institution(organisationId), locale);
        return new Scorecard(card.subject(), card.subjectName(), card.lines(),
                assessments.latest(organisationId, locale).stream().toList());
    }

    @Override
    public DataVersion dataVersion() {
        return version;
    }

    String name(Subject subject, Locale locale) {
        return subject.isCountry() ? countries.name(subject.countryCode(), locale)
                : organisations.find(subject.organisationId(), locale).map(o -> o.name()).orElse("#" + subject.organisationId());
    }

    /** The indicator lines only (comparisons need no assessments), for the current reader. */
    Scorecard scorecard(Subject subject, Locale locale) {
        return scorecard(subject, locale, permissions.scope());
    }

    private Scorecard scorecard(Subject subject, Locale locale, ReaderScope scope) {
        List<ScorecardLine> lines = queries.scorecard(subject, locale, scope).stream().map(ScorecardService::rate).toList();
        return new Scorecard(subject, name(subject, locale), lines);
    }

    static ScorecardLine rate(ScorecardQueries.Row r) {
        OnTrackRule.Rating rating = OnTrackRule.rate(r.indicator().direction() == Direction.HIGHER_IS_BETTER,
                r.baseline(), r.baselineDate(), r.target(), r.targetDate(), r.latest(), r.latestDate());
        return new ScorecardLine(r.indicator(), r.latestPeriod(), r.latestDate(), r.latest(), r.lower(), r.upper(),
                r.rank(), r.baselinePeriod(), r.baselineDate(), r.baseline(), r.targetPeriod(), r.targetDate(),
                r.target(), rating.status(), rating.progress(), rating.elapsed());
    }

    @Override
    public Comparison compare(List<Subject> subjects, Locale locale) {
        List<Subject> shown = subjects.stream().distinct().limit(MAX_COMPARED).toList();
        Map<Long, IndicatorSummary> indicators = new LinkedHashMap<>();
        List<Map<Long, ScorecardLine>> bySubject = new ArrayList<>();
        List<String> names = new ArrayList<>();
        ReaderScope scope = permissions.scope();
        for (Subject subject : shown) {
            Scorecard card = scorecard(subject, locale, scope);
            names.add(card.subjectName());
            Map<Long, ScorecardLine> lines = new LinkedHashMap<>();
            for (ScorecardLine line : card.lines()) {
                indicators.putIfAbsent(line.indicator().id(), line.indicator());
                lines.put(line.indicator().id(), line);
            }
            bySubject.add(lines);
        }
        List<Comparison.Row> rows = new ArrayList<>();
        for (IndicatorSummary indicator : indicators.values()) {
            List<ScorecardLine> lines = bySubject.stream().map(m -> m.get(indicator.id())).toList();
            BigDecimal min = null, max = null;
            for (ScorecardLine l : lines) {
                if (l != null && l.latest() != null) {
                    min = min == null || l.latest().compareTo(min) < 0 ? l.latest() : min;
                    max = max == null || l.latest().compareTo(max) > 0 ? l.latest() : max;
                }
            }
            List<Comparison.Cell> cells = new ArrayList<>();
            for (ScorecardLine l : lines) {
                if (l == null) {
                    cells.add(new Comparison.Cell(null, null, org.concord.standards.TrackStatus.NOT_RATED, null));
                    continue;
                }
                cells.add(new Comparison.Cell(l.latestPeriod(), l.latest(), l.status(),
                        normalised(l.latest(), min, max, indicator.direction())));
            }
            rows.add(new Comparison.Row(indicator, cells));
        }
        return new Comparison(shown, names, rows);
    }

    /** (value - min) / (max - min) among the subjects shown, turned round for "lower is better"; 1 is the best. */
    static BigDecimal normalised(BigDecimal value, BigDecimal min, BigDecimal max, Direction direction) {
        if (value == null || min == null || max.compareTo(min) == 0) {
            return null;
        }
        BigDecimal share = value.subtract(min).divide(max.subtract(min), MathContext.DECIMAL64);
        return direction == Direction.HIGHER_IS_BETTER ? share : BigDecimal.ONE.subtract(share);
    }

    List<ScorecardQueries.Point> series(Scorecard card) {
        return queries.series(card.subject(), card.lines().stream().filter(l -> l.latest() != null)
                .map(l -> l.indicator().id()).toList());
    }
}
