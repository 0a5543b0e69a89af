package org.concord.standards.internal.assessments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.concord.audit.EntityChanged;
import org.concord.organisations.OrganisationView;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.Language;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.concord.standards.AssessmentResult;
import org.concord.standards.Assessments;
import org.concord.standards.SectionBand;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessments' commands: start, the institution's answers and submission, the evaluator's review and completion,
 * publication; each one transaction that checks {@link AssessmentPermissions}, writes and records the audit event.
 */
@Service
class AssessmentService implements Assessments {

    private static final String ENTITY = "standards_assessment";

    private final AssessmentStore store;
    private final TemplateStore templates;
    private final AssessmentPermissions permissions;
    private final Organisations organisations;
    private final ApplicationEventPublisher events;
    private final BandScale bands;
    private final Clock clock;

    AssessmentService(AssessmentStore store, TemplateStore templates, AssessmentPermissions permissions,
                      Organisations organisations, ApplicationEventPublisher events, BandScale bands, Clock clock) {
        this.store = store;
        this.templates = templates;
        this.permissions = permissions;
        this.organisations = organisations;
        this.events = events;
        this.bands = bands;
        this.clock = clock;
    }

    /** Starts the institution's self-assessment from the latest edition of a template. */
    @Transactional
    public long start(long templateId, long organisationId, LocalDate assessedOn) {
        if (organisations.find(organisationId, Locale.ENGLISH).isEmpty()) {
            throw new InvalidInputException("organisationId", "unknown-organisation");
        }
        permissions.checkMayAssess(organisationId);
        Actor actor = CurrentActor.require();
        // a template being edited in place waits, so that the assessment answers the edited questions
        if (!templates.lock(templateId)) {
            throw new InvalidInputException("templateId", "assessment-unknown-template");
        }
        if (!templates.find(templateId).orElseThrow().latest()) {
            throw new InvalidInputException("templateId", "assessment-template-not-latest");
        }
        LocalDate on = assessedOn != null ? assessedOn : LocalDate.now(clock);
        long id = store.insert(templateId, organisationId, on, clock.instant(), actor.username());
        events.publishEvent(EntityChanged.diff(ENTITY, id, "created", Map.of(), EntityChanged.snapshot(
                "templateId", templateId, "organisationId", organisationId, "assessedOn", on, "status", "DRAFT")));
        return id;
    }

    /** Saves the institution's answers; with {@code submit}, submits the self-assessment for review. */
    @Transactional
    public void saveSelf(long id, AnswersForm form, boolean submit) {
        Assessment a = locked(id);
        permissions.checkMayAssess(a.organisationId());
        Actor actor = CurrentActor.require();
        requireStatus(a, Assessment.Status.DRAFT, form);
        Template t = templates.find(a.templateId()).orElseThrow();
        Map<String, Template.Question> questions = byCode(t, form);
        questions.forEach((code, q) -> {
            AnswersForm.Row row = row(form, code);
            store.saveSelf(id, q.id(), row.getScore(), row.getJustification(), row.getEvidence());
        });
        Assessment after = store.find(id, false).orElseThrow();
        if (submit) {
            requireEveryScore(t, after, form, true);
            store.submit(id, clock.instant(), actor.username());
        } else {
            store.touch(id, null);
        }
        events.publishEvent(EntityChanged.diff(ENTITY, id, submit ? "submitted" : "self-assessment-saved",
                answers(t, a, true), withStatus(answers(t, after, true), submit ? Assessment.Status.SUBMITTED : a.status())));
    }

    /** Saves the evaluator's review; with {@code complete}, completes it: its scores then count. */
    @Transactional
    public void saveReview(long id, AnswersForm form, boolean complete) {
        Assessment a = locked(id);
        permissions.checkMayReview(a.organisationId());
        Actor actor = CurrentActor.require();
        requireStatus(a, Assessment.Status.SUBMITTED, form);
        if (a.reviewer() != null && !a.reviewer().equals(actor.username())) {
            throw new InvalidInputException("reviewer", "assessment-other-reviewer", a.reviewer());
        }
        Template t = templates.find(a.templateId()).orElseThrow();
        Map<String, Template.Question> questions = byCode(t, form);
        questions.forEach((code, q) -> {
            AnswersForm.Row row = row(form, code);
            store.saveReview(id, q.id(), row.getScore(), row.getComment());
        });
        Assessment after = store.find(id, false).orElseThrow();
        if (complete) {
            requireEveryScore(t, after, form, false);
            store.complete(id, clock.instant(), actor.username());
        } else {
            store.touch(id, actor.username());
        }
        events.publishEvent(EntityChanged.diff(ENTITY, id, complete ? "reviewed" : "review-saved",
                answers(t, a, false), withStatus(answers(t, after, false), complete ? Assessment.Status.REVIEWED : a.status())));
    }

    @Transactional
    public void publish(long id) {
        Assessment a = locked(id);
        permissions.checkMayPublish(a);
        if (a.status() != Assessment.Status.REVIEWED) {
            throw new InvalidInputException("status", "assessment-not-reviewed");
        }
        if (!a.published()) {
            store.publish(id, clock.instant());
            events.publishEvent(EntityChanged.diff(ENTITY, id, "published", Map.of("published", false),
                    Map.of("published", true)));
        }
    }

    /** The assessment, for those who may know of it (404 for others). */
    @Transactional(readOnly = true)
    public AssessmentView get(long id, Locale locale) {
        Assessment a = store.find(id, false).filter(permissions::mayRead)
                .orElseThrow(() -> new NotFoundException("assessment", id));
        return view(a, locale);
    }

    /** The institution's assessments the reader may see, newest first. */
    @Transactional(readOnly = true)
    public List<AssessmentView> historyFor(long organisationId, Locale locale) {
        boolean unpublished = permissions.mayReadUnpublished(organisationId);
        return store.ofOrganisation(organisationId).stream().filter(a -> unpublished || a.published())
                .map(a -> view(a, locale)).toList();
    }

    @Transactional(readOnly = true)
    public OrganisationView organisation(long organisationId, Locale locale) {
        return organisations.find(organisationId, locale).orElseThrow(() -> new NotFoundException("organisation", organisationId));
    }

    Template templateOf(AssessmentView view) {
        return templates.find(view.template().id()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<SectionBand> latestBands(long organisationId, Locale locale) {
        return latest(organisationId, locale).map(AssessmentResult::sections).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AssessmentResult> latest(long organisationId, Locale locale) {
        List<AssessmentResult> history = history(organisationId, locale);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssessmentResult> history(long organisationId, Locale locale) {
        String name = organisations.find(organisationId, locale).map(OrganisationView::name).orElse(null);
        return store.publishedOf(organisationId).stream().map(id -> result(id, name, locale)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AssessmentResult> latestOfEach(java.util.Collection<Long> organisationIds, Locale locale) {
        List<Long> ids = store.latestPublishedOf(organisationIds);
        if (ids.isEmpty()) {
            return List.of();
        }
        // a handful of institutions per country have published assessments: each named with one lookup
        return ids.stream().map(id -> store.find(id, false).orElseThrow())
                .map(a -> result(a, organisations.find(a.organisationId(), locale).map(OrganisationView::name).orElse(null), locale))
                .sorted(java.util.Comparator.comparing((AssessmentResult r) -> r.organisationName() == null ? "" : r.organisationName(),
                        java.text.Collator.getInstance(locale)).thenComparing(AssessmentResult::id))
                .toList();
    }

    private AssessmentResult result(long id, String organisationName, Locale locale) {
        return result(store.find(id, false).orElseThrow(), organisationName, locale);
    }

    /** The peer review's scores of a published assessment, section names in the reader's language. */
    private AssessmentResult result(Assessment a, String organisationName, Locale locale) {
        String language = Language.ofOrDefault(locale).tag();
        Template t = templates.find(a.templateId()).orElseThrow();
        Scores.Sheet review = Scores.compare(t, a.answers(), true, bands).review();
        List<SectionBand> sections = review.sections().stream().map(s -> new SectionBand(s.section().code(),
                s.section().name(language), s.score().rounded(), s.score().band())).toList();
        return new AssessmentResult(a.id(), a.organisationId(), organisationName, t.code(), t.edition(),
                t.name(language), a.assessedOn(), review.overall().rounded(), review.overall().band(), sections);
    }

    private AssessmentView view(Assessment a, Locale locale) {
        Template t = templates.find(a.templateId()).orElseThrow();
        String name = organisations.find(a.organisationId(), locale).map(OrganisationView::name).orElse(null);
        Scores.Comparison scores = Scores.compare(t, a.answers(), a.status() == Assessment.Status.REVIEWED, bands);
        return AssessmentView.of(a, t, scores, Language.ofOrDefault(locale).tag(), name);
    }

    /** The assessment locked for this transaction; 404 for those who may not know of it. */
    private Assessment locked(long id) {
        return store.find(id, true).filter(permissions::mayRead).orElseThrow(() -> new NotFoundException("assessment", id));
    }

    private static void requireStatus(Assessment a, Assessment.Status status, AnswersForm form) {
        if (form != null && form.getVersion() != null && form.getVersion() != a.version()) {
            throw new ObjectOptimisticLockingFailureException(Assessment.class, a.id());
        }
        if (a.status() != status) {
            // the stage in words (assessment.status.*), resolved in the reader's language with the message
            throw new InvalidInputException("status", "assessment-status", new DefaultMessageSourceResolvable(
                    new String[] {"assessment.status." + a.status()}, a.status().name()));
        }
    }

    /** The template's questions the form answers, by code; an unknown code is refused. */
    private static Map<String, Template.Question> byCode(Template t, AnswersForm form) {
        Map<String, Template.Question> all = new LinkedHashMap<>();
        t.questions().forEach(q -> all.put(q.code(), q));
        Map<String, Template.Question> answered = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < form.getRows().size(); i++) {
            AnswersForm.Row row = form.getRows().get(i);
            Template.Question q = row.getQuestion() == null ? null : all.get(row.getQuestion());
            if (q == null) {
                errors.add(new FieldError("rows[" + i + "].question", "assessment-unknown-question", row.getQuestion()));
            } else if (row.getScore() != null && (row.getScore() < 0 || row.getScore() > 4)) {
                errors.add(new FieldError("rows[" + i + "].score", "assessment-score-range"));
            } else if (answered.put(q.code(), q) != null) {
                errors.add(new FieldError("rows[" + i + "].question", "assessment-duplicate-code", q.code()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return answered;
    }

    private static AnswersForm.Row row(AnswersForm form, String code) {
        return form.getRows().stream().filter(r -> code.equals(r.getQuestion())).findFirst().orElseThrow();
    }

    /** Submitting and completing need a score for every question. */
    private static void requireEveryScore(Template t, Assessment a, AnswersForm form, boolean self) {
        List<FieldError> errors = new ArrayList<>();
        for (Template.Question q : t.questions()) {
            Assessment.Answer answer = a.answer(q.id());
            if ((self ? answer.selfScore() : answer.reviewScore()) == null) {
                int i = indexOf(form, q.code());
                errors.add(new FieldError(i < 0 ? "rows" : "rows[" + i + "].score", "assessment-score-required", q.code()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static int indexOf(AnswersForm form, String code) {
        for (int i = 0; i < form.getRows().size(); i++) {
            if (code.equals(form.getRows().get(i).getQuestion())) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Object> withStatus(Map<String, Object> snapshot, Assessment.Status status) {
        snapshot.put("status", status);
        return snapshot;
    }

    /** One side's answers as the audit log keeps them: per question code, score and text. */
    private static Map<String, Object> answers(Template t, Assessment a, boolean self) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("status", a.status());
        for (Template.Question q : t.questions()) {
            Assessment.Answer answer = a.answer(q.id());
            if (self) {
                snapshot.put(q.code() + ".score", answer.selfScore());
                snapshot.put(q.code() + ".justification", answer.justification());
                snapshot.put(q.code() + ".evidence", answer.evidence());
            } else {
                snapshot.put(q.code() + ".review", answer.reviewScore());
                snapshot.put(q.code() + ".comment", answer.reviewComment());
            }
        }
        return snapshot;
    }
}
