package org.concord.standards.internal.frameworks;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.audit.EntityChanged;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.Language;
import org.concord.shared.NotFoundException;
import org.concord.standards.internal.LocalName;
import org.concord.standards.internal.LocalNames;
import org.concord.standards.internal.ReaderScope;
import org.concord.standards.internal.StandardsPermissions;
import org.concord.standards.internal.indicators.IndicatorQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Frameworks and their standards: reads for the reader, and the commands that define them. */
@Service
public class FrameworkService {

    private final FrameworkRepository frameworks;
    private final StandardRepository standards;
    private final FrameworkQueries queries;
    private final IndicatorQueries indicators;
    private final StandardsPermissions permissions;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FrameworkService(FrameworkRepository frameworks, StandardRepository standards, FrameworkQueries queries,
                     IndicatorQueries indicators, StandardsPermissions permissions, Organisations organisations,
                     ApplicationEventPublisher events, Clock clock) {
        this.frameworks = frameworks;
        this.standards = standards;
        this.queries = queries;
        this.indicators = indicators;
        this.permissions = permissions;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<FrameworkView.Line> list(Locale locale) {
        Map<Long, String> owners = organisations.names(locale);
        return queries.visible(Language.ofOrDefault(locale).tag(), permissions.scope()).stream()
                .map(r -> new FrameworkView.Line(r.id(), r.code(), r.name(), r.visibility(),
                        owners.get(r.ownerOrganisationId()), r.indicators()))
                .toList();
    }

    /** The framework, if the reader may see it; a restricted one is "not found" for everyone else. */
    @Transactional(readOnly = true)
    public FrameworkView get(long id, Locale locale) {
        Framework f = visible(id);
        ReaderScope scope = permissions.scope();
        String language = Language.ofOrDefault(locale).tag();
        List<FrameworkView.StandardView> views = standards.findByFrameworkIdOrderByPositionAscCodeAsc(id).stream()
                .map(s -> {
                    LocalName name = LocalNames.pick(s.names(), locale);
                    return new FrameworkView.StandardView(s.id(), s.code(), name.name(), name.description(),
                            s.position(), indicators.ofStandard(s.id(), language, scope), s.version());
                }).toList();
        LocalName name = LocalNames.pick(f.names(), locale);
        return new FrameworkView(f.id(), f.code(), name.name(), name.description(), f.visibility(),
                f.ownerOrganisationId(), organisations.names(locale).get(f.ownerOrganisationId()),
                f.names().stream().sorted(Comparator.comparing(LocalName::language)).toList(), views, f.version());
    }

    /** The framework entity, if the reader may see it (for other parts of the module). */
    @Transactional(readOnly = true)
    public Framework visible(long id) {
        return frameworks.findById(id).filter(f -> permissions.scope().sees(f.visibility(), f.ownerOrganisationId()))
                .orElseThrow(() -> new NotFoundException("framework", id));
    }

    /** The framework of this code, if the reader may see it. */
    @Transactional(readOnly = true)
    public java.util.Optional<Framework> byCode(String code) {
        return frameworks.findByCode(code).filter(f -> permissions.scope().sees(f.visibility(), f.ownerOrganisationId()));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Standard> standardByCode(long frameworkId, String code) {
        return standards.findByFrameworkIdAndCode(frameworkId, code);
    }

    @Transactional
    public long create(FrameworkForm form) {
        permissions.checkMayDefine(requireOwner(form.getOwnerOrganisationId()));
        List<FieldError> errors = new ArrayList<>();
        List<LocalName> names = LocalNames.validate(form.getNames(), errors);
        if (frameworks.existsByCode(form.getCode())) {
            errors.add(new FieldError("code", "code-taken", form.getCode()));
        }
        throwIfAny(errors);
        Framework f = new Framework(form.getCode(), form.getOwnerOrganisationId(), clock.instant());
        f.describe(form.getVisibility(), names, clock.instant());
        frameworks.saveAndFlush(f);
        events.publishEvent(EntityChanged.diff("standards-framework", f.id(), "created", Map.of(), snapshot(f)));
        return f.id();
    }

    @Transactional
    public void update(long id, FrameworkForm form) {
        Framework f = visible(id);
        permissions.checkMayDefine(f.ownerOrganisationId());
        if (form.getVersion() != null && form.getVersion() != f.version()) {
            throw new ObjectOptimisticLockingFailureException(Framework.class, id);
        }
        List<FieldError> errors = new ArrayList<>();
        List<LocalName> names = LocalNames.validate(form.getNames(), errors);
        throwIfAny(errors);
        Map<String, Object> before = snapshot(f);
        f.describe(form.getVisibility(), names, clock.instant());
        frameworks.saveAndFlush(f);
        publishIfChanged(EntityChanged.diff("standards-framework", id, "updated", before, snapshot(f)));
    }

    @Transactional
    public long addStandard(long frameworkId, StandardForm form) {
        Framework f = visible(frameworkId);
        permissions.checkMayDefine(f.ownerOrganisationId());
        List<FieldError> errors = new ArrayList<>();
        List<LocalName> names = LocalNames.validate(form.getNames(), errors);
        if (standards.existsByFrameworkIdAndCode(frameworkId, form.getCode())) {
            errors.add(new FieldError("code", "code-taken", form.getCode()));
        }
        throwIfAny(errors);
        Standard s = new Standard(frameworkId, form.getCode(), clock.instant());
        s.describe(form.getPosition(), names, clock.instant());
        standards.saveAndFlush(s);
        events.publishEvent(EntityChanged.diff("standards-standard", s.id(), "created", Map.of(), snapshot(s)));
        return s.id();
    }

    @Transactional
    public void updateStandard(long standardId, StandardForm form) {
        Standard s = standard(standardId);
        permissions.checkMayDefine(visible(s.frameworkId()).ownerOrganisationId());
        if (form.getVersion() != null && form.getVersion() != s.version()) {
            throw new ObjectOptimisticLockingFailureException(Standard.class, standardId);
        }
        List<FieldError> errors = new ArrayList<>();
        List<LocalName> names = LocalNames.validate(form.getNames(), errors);
        throwIfAny(errors);
        Map<String, Object> before = snapshot(s);
        s.describe(form.getPosition(), names, clock.instant());
        standards.saveAndFlush(s);
        publishIfChanged(EntityChanged.diff("standards-standard", standardId, "updated", before, snapshot(s)));
    }

    @Transactional(readOnly = true)
    public Standard standard(long standardId) {
        Standard s = standards.findById(standardId).orElseThrow(() -> new NotFoundException("standard", standardId));
        visible(s.frameworkId());
        return s;
    }

    @Transactional(readOnly = true)
    public FrameworkForm formOf(long id) {
        Framework f = visible(id);
        permissions.checkMayDefine(f.ownerOrganisationId());
        FrameworkForm form = new FrameworkForm();
        form.setCode(f.code());
        form.setOwnerOrganisationId(f.ownerOrganisationId());
        form.setVisibility(f.visibility());
        form.setNames(LocalNames.rows(f.names()));
        form.setVersion(f.version());
        return form;
    }

    @Transactional(readOnly = true)
    public StandardForm standardFormOf(long standardId) {
        Standard s = standard(standardId);
        permissions.checkMayDefine(visible(s.frameworkId()).ownerOrganisationId());
        StandardForm form = new StandardForm();
        form.setCode(s.code());
        form.setPosition(s.position());
        form.setNames(LocalNames.rows(s.names()));
        form.setVersion(s.version());
        return form;
    }

    private long requireOwner(Long ownerId) {
        if (ownerId == null || organisations.find(ownerId, Locale.ENGLISH).isEmpty()) {
            throw new InvalidInputException("ownerOrganisationId", "unknown-organisation");
        }
        return ownerId;
    }

    private void publishIfChanged(EntityChanged change) {
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Map<String, Object> snapshot(Framework f) {
        return EntityChanged.snapshot("code", f.code(), "ownerOrganisationId", f.ownerOrganisationId(),
                "visibility", f.visibility(), "names", LocalNames.forAudit(f.names()));
    }

    private static Map<String, Object> snapshot(Standard s) {
        return EntityChanged.snapshot("frameworkId", s.frameworkId(), "code", s.code(), "position", s.position(),
                "names", LocalNames.forAudit(s.names()));
    }
}
