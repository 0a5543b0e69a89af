package org.concord.standards.internal.assessments;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.concord.audit.EntityChanged;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assessment templates' commands. Versioning: a template no assessment uses yet is edited in place; once an
 * assessment uses it, an edit makes the next edition (same code, edition + 1) and the used edition stays as it was,
 * so that every assessment keeps the questions, rubric and texts it was answered against. New assessments start
 * from the latest edition the template list offers.
 */
@Service
class TemplateService {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final TemplateStore store;
    private final AssessmentPermissions permissions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TemplateService(TemplateStore store, AssessmentPermissions permissions, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.permissions = permissions;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Template> latestEditions() {
        return store.latestEditions();
    }

    @Transactional(readOnly = true)
    public Template get(long id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("assessment template", id));
    }

    @Transactional
    public Template create(TemplateForm form) {
        permissions.checkMayWriteTemplates();
        Actor actor = CurrentActor.require();
        validate(form);
        if (store.latestEdition(form.code()) > 0) {
            throw new InvalidInputException("code", "assessment-template-code-taken", form.code());
        }
        long id = store.insert(form, 1, clock.instant(), actor.username());
        events.publishEvent(EntityChanged.diff("standards_assessment_template", id, "created", Map.of(), snapshot(form, 1)));
        return get(id);
    }

    /**
     * Edits a template: in place while no assessment uses it, else as its next edition (what is returned; its id
     * differs). The code cannot change: it is what ties the editions together.
     */
    @Transactional
    public Template update(long id, TemplateForm form) {
        permissions.checkMayWriteTemplates();
        Actor actor = CurrentActor.require();
        if (!store.lock(id)) {
            throw new NotFoundException("assessment template", id);
        }
        Template current = get(id);
        validate(form);
        if (!current.code().equals(form.code())) {
            throw new InvalidInputException("code", "assessment-template-code-fixed", current.code());
        }
        if (!current.latest()) {
            throw new InvalidInputException("id", "assessment-template-not-latest", current.edition());
        }
        Map<String, Object> before = snapshot(TemplateForm.of(current), current.edition());
        if (!current.inUse()) {
            store.replaceContent(id, form);
            EntityChanged change = EntityChanged.diff("standards_assessment_template", id, "updated", before,
                    snapshot(form, current.edition()));
            if (!change.changes().isEmpty()) {
                events.publishEvent(change);
            }
            return get(id);
        }
        int edition = current.edition() + 1;
        long next = store.insert(form, edition, clock.instant(), actor.username());
        events.publishEvent(EntityChanged.diff("standards_assessment_template", next, "new-edition",
                before, snapshot(form, edition)));
        return get(next);
    }

    private void validate(TemplateForm form) {
        List<FieldError> errors = new ArrayList<>();
        languages("texts", form.texts(), errors);
        Set<String> sectionCodes = new HashSet<>();
        Set<String> questionCodes = new HashSet<>();
        for (int s = 0; s < form.sections().size(); s++) {
            TemplateForm.SectionForm section = form.sections().get(s);
            String at = "sections[" + s + "]";
            if (!sectionCodes.add(section.code())) {
                errors.add(new FieldError(at + ".code", "assessment-duplicate-code", section.code()));
            }
            languages(at + ".names", section.names(), errors);
            for (int q = 0; q < section.questions().size(); q++) {
                TemplateForm.QuestionForm question = section.questions().get(q);
                String qAt = at + ".questions[" + q + "]";
                if (!questionCodes.add(question.code())) {
                    errors.add(new FieldError(qAt + ".code", "assessment-duplicate-code", question.code()));
                }
                languages(qAt + ".texts", question.texts(), errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Each map of texts is keyed by language tags and has English. */
    private static void languages(String field, Map<String, ?> byLanguage, List<FieldError> errors) {
        for (String language : byLanguage.keySet()) {
            if (language == null || !LANGUAGE_TAG.matcher(language).matches()) {
                errors.add(new FieldError(field, "language-tag"));
            }
        }
        if (!byLanguage.containsKey("en")) {
            errors.add(new FieldError(field, "assessment-english-required"));
        }
    }

    private static Map<String, Object> snapshot(TemplateForm form, int edition) {
        List<String> sections = form.sections().stream().map(s -> s.code() + ": " + s.names().get("en")).toList();
        List<String> questions = form.sections().stream().flatMap(s -> s.questions().stream())
                .map(q -> q.code() + ": " + q.texts().get("en").text()).toList();
        return EntityChanged.snapshot("code", form.code(), "edition", edition,
                "names", form.texts().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().name()).toList(),
                "sections", sections, "questions", questions);
    }
}
