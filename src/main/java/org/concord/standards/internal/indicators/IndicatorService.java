package org.concord.standards.internal.indicators;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concord.audit.EntityChanged;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.Language;
import org.concord.shared.NotFoundException;
import org.concord.standards.IndicatorSummary;
import org.concord.standards.IndicatorValueView;
import org.concord.standards.Indicators;
import org.concord.standards.Subject;
import org.concord.standards.internal.LocalName;
import org.concord.standards.internal.LocalNames;
import org.concord.standards.internal.StandardsPermissions;
import org.concord.standards.internal.Visibility;
import org.concord.standards.internal.frameworks.Framework;
import org.concord.standards.internal.frameworks.FrameworkService;
import org.concord.standards.internal.frameworks.Standard;
import org.concord.standards.internal.values.ValueQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Indicators: the module's public API, the reads of pages, and the commands that define indicators. */
@Service
public class IndicatorService implements Indicators {

    private final IndicatorRepository indicators;
    private final IndicatorQueries queries;
    private final ValueQueries values;
    private final FrameworkService frameworks;
    private final StandardsPermissions permissions;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IndicatorService(IndicatorRepository indicators, IndicatorQueries queries, ValueQueries values,
                     FrameworkService frameworks, StandardsPermissions permissions, Organisations organisations,
                     ApplicationEventPublisher events, Clock clock) {
        this.indicators = indicators;
        this.queries = queries;
        this.values = values;
        this.frameworks = frameworks;
        this.permissions = permissions;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IndicatorSummary> indicator(long id, Locale locale) {
        return queries.visible(id, Language.ofOrDefault(locale).tag(), permissions.scope());
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorSummary> find(String text, Locale locale, int limit) {
        return queries.find(text, Language.ofOrDefault(locale).tag(), permissions.scope(), limit);
    }

    /** Only of an indicator the current reader may see: an unknown or hidden one has no values. */
    @Override
    @Transactional(readOnly = true)
    public Optional<IndicatorValueView> latestVerified(long indicatorId, Subject subject) {
        return indicator(indicatorId, Locale.ENGLISH).flatMap(i -> values.latestVerified(indicatorId, subject));
    }

    @Override
    @Transactional(readOnly = true)
    public List<IndicatorValueView> verifiedSeries(long indicatorId, Subject subject) {
        return indicator(indicatorId, Locale.ENGLISH).map(i -> values.verifiedSeries(indicatorId, subject)).orElse(List.of());
    }

    /** The indicator, if the reader may see it (it and its framework); "not found" otherwise. */
    @Transactional(readOnly = true)
    public Indicator visible(long id) {
        if (queries.visible(id, "en", permissions.scope()).isEmpty()) {
            throw new NotFoundException("indicator", id);
        }
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    @Transactional(readOnly = true)
    public IndicatorView get(long id, Locale locale) {
        Indicator i = visible(id);
        Standard s = frameworks.standard(i.standardId());
        Framework f = frameworks.visible(s.frameworkId());
        LocalName name = LocalNames.pick(i.names(), locale);
        return new IndicatorView(i.id(), i.code(), name.name(), name.description(), i.unit(), i.direction(),
                i.frequency(), i.visibility(), i.visibility() == Visibility.PUBLIC && f.visibility() == Visibility.PUBLIC,
                i.ownerOrganisationId(), organisations.names(locale).get(i.ownerOrganisationId()), i.dataSource(),
                new java.util.TreeSet<>(i.disaggregations()), s.id(), LocalNames.pick(s.names(), locale).name(), f.id(),
                LocalNames.pick(f.names(), locale).name(),
                i.names().stream().sorted(Comparator.comparing(LocalName::language)).toList(), i.version());
    }

    @Transactional(readOnly = true)
    public Optional<Indicator> byCode(String code) {
        return indicators.findByCode(code).filter(i -> queries.visible(i.id(), "en", permissions.scope()).isPresent());
    }

    @Transactional
    public long create(IndicatorForm form) {
        List<FieldError> errors = new ArrayList<>();
        Indicator.Description d = validate(form, errors);
        if (form.getCode() != null && indicators.existsByCode(form.getCode())) {
            errors.add(new FieldError("code", "code-taken", form.getCode()));
        }
        throwIfAny(errors);
        Indicator i = new Indicator(form.getCode(), clock.instant());
        i.describe(d, clock.instant());
        indicators.saveAndFlush(i);
        events.publishEvent(EntityChanged.diff("standards-indicator", i.id(), "created", Map.of(), snapshot(i)));
        return i.id();
    }

    @Transactional
    public void update(long id, IndicatorForm form) {
        Indicator i = visible(id);
        permissions.checkMayDefine(i.ownerOrganisationId());
        if (form.getVersion() != null && form.getVersion() != i.version()) {
            throw new ObjectOptimisticLockingFailureException(Indicator.class, id);
        }
        List<FieldError> errors = new ArrayList<>();
        Indicator.Description d = validate(form, errors);
        throwIfAny(errors);
        Map<String, Object> before = snapshot(i);
        i.describe(d, clock.instant());
        indicators.saveAndFlush(i);
        EntityChanged change = EntityChanged.diff("standards-indicator", id, "updated", before, snapshot(i));
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
    }

    /**
     * Checks permission and input: the definer must coordinate both the framework's organisation and the
     * indicator's (or be an administrator).
     */
    private Indicator.Description validate(IndicatorForm form, List<FieldError> errors) {
        if (form.getOwnerOrganisationId() == null || organisations.find(form.getOwnerOrganisationId(), Locale.ENGLISH).isEmpty()) {
            throw new InvalidInputException("ownerOrganisationId", "unknown-organisation");
        }
        if (form.getStandardId() == null) {
            throw new InvalidInputException("standardId", "required");
        }
        Standard s = frameworks.standard(form.getStandardId());
        permissions.checkMayDefine(frameworks.visible(s.frameworkId()).ownerOrganisationId());
        permissions.checkMayDefine(form.getOwnerOrganisationId());
        List<LocalName> names = LocalNames.validate(form.getNames(), errors);
        return new Indicator.Description(s.id(), form.getUnit(), form.getDirection(), form.getFrequency(),
                form.getVisibility(), form.getOwnerOrganisationId(), form.getDataSource(), names, form.getDisaggregations());
    }

    @Transactional(readOnly = true)
    public IndicatorForm formOf(long id) {
        Indicator i = visible(id);
        permissions.checkMayDefine(i.ownerOrganisationId());
        IndicatorForm form = new IndicatorForm();
        form.setCode(i.code());
        form.setStandardId(i.standardId());
        form.setUnit(i.unit());
        form.setDirection(i.direction());
        form.setFrequency(i.frequency());
        form.setVisibility(i.visibility());
        form.setOwnerOrganisationId(i.ownerOrganisationId());
        form.setDataSource(i.dataSource());
        form.setDisaggregations(new java.util.LinkedHashSet<>(i.disaggregations()));
        form.setNames(LocalNames.rows(i.names()));
        form.setVersion(i.version());
        return form;
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Map<String, Object> snapshot(Indicator i) {
        return EntityChanged.snapshot("code", i.code(), "standardId", i.standardId(), "unit", i.unit(),
                "direction", i.direction(), "frequency", i.frequency(), "visibility", i.visibility(),
                "ownerOrganisationId", i.ownerOrganisationId(), "dataSource", i.dataSource(),
                "disaggregations", i.disaggregations(), "names", LocalNames.forAudit(i.names()));
    }
}
