package org.concord.oversight.internal.channels;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.concord.accounts.Accounts;
import org.concord.accounts.Recipient;
import org.concord.audit.EntityChanged;
import org.concord.organisations.OrganisationType;
import org.concord.organisations.Organisations;
import org.concord.shared.InvalidInputException;
import org.concord.shared.InvalidInputException.FieldError;
import org.concord.shared.Language;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening and changing channels; who may is {@link ChannelPermissions}'s to say. Every change is audited. */
@Service
public class ChannelService {

    private final ChannelRepository channels;
    private final ChannelPermissions permissions;
    private final Organisations organisations;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChannelService(ChannelRepository channels, ChannelPermissions permissions, Organisations organisations,
                   Accounts accounts, ApplicationEventPublisher events, Clock clock) {
        this.channels = channels;
        this.permissions = permissions;
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** The open channels, for the public; closed ones and unknown slugs are not found. */
    @Transactional(readOnly = true)
    public List<ChannelView> openChannels(Locale locale) {
        return channels.findByOpenTrueOrderBySlug().stream().map(c -> view(c, locale)).toList();
    }

    @Transactional(readOnly = true)
    public ChannelView openChannel(String slug, Locale locale) {
        return channels.findBySlug(slug).filter(Channel::open).map(c -> view(c, locale))
                .orElseThrow(() -> new NotFoundException("channel", slug));
    }

    /** The channels the current person may administer. */
    @Transactional(readOnly = true)
    public List<ChannelView> administered(Locale locale) {
        return channels.findAllByOrderBySlug().stream().filter(c -> permissions.mayAdminister(c.organisationId()))
                .map(c -> view(c, locale)).toList();
    }

    @Transactional(readOnly = true)
    public ChannelView forAdministration(long id, Locale locale) {
        Channel c = channels.findById(id).filter(ch -> permissions.mayAdminister(ch.organisationId()))
                .orElseThrow(() -> new NotFoundException("channel", id));
        return view(c, locale);
    }

    @Transactional(readOnly = true)
    public ChannelForm formOf(long id) {
        Channel c = channels.findById(id).filter(ch -> permissions.mayAdminister(ch.organisationId()))
                .orElseThrow(() -> new NotFoundException("channel", id));
        ChannelForm form = new ChannelForm();
        form.setOrganisationId(c.organisationId());
        form.setSlug(c.slug());
        for (Channel.Text t : c.texts()) {
            ChannelForm.TextRow row = new ChannelForm.TextRow();
            row.setLanguage(t.language());
            row.setName(t.name());
            row.setDescription(t.description());
            form.getTexts().add(row);
        }
        form.setRecipients(new ArrayList<>(c.recipients()));
        form.setCategories(new ArrayList<>(c.categories()));
        Questionnaire.fromJson(c.questionnaireJson()).questions()
                .forEach(q -> form.getQuestions().add(ChannelForm.QuestionRow.of(q)));
        form.setAcknowledgeDays(c.acknowledgeDays());
        form.setFeedbackDays(c.feedbackDays());
        form.setRetentionDays(c.retentionDays());
        form.setOpen(c.open());
        return form;
    }

    /** Officers of the body who may be named recipients. */
    @Transactional(readOnly = true)
    public List<Recipient> recipientChoices(long organisationId) {
        permissions.checkMayAdminister(organisationId);
        return accounts.holders(Role.OVERSIGHT_OFFICER, List.of(organisationId)).stream()
                .filter(r -> true).toList();
    }

    /** Oversight bodies whose channels the current person may administer, by name. */
    @Transactional(readOnly = true)
    public Map<Long, String> bodies(Locale locale) {
        return organisations.names(locale).entrySet().stream()
                .filter(e -> permissions.mayAdminister(e.getKey()) && organisations.find(e.getKey(), locale)
                        .map(o -> o.type() == OrganisationType.OVERSIGHT_BODY).orElse(false))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    @Transactional
    public long create(ChannelForm form) {
        if (form.getOrganisationId() == null) {
            throw new InvalidInputException("organisationId", "required");
        }
        permissions.checkMayAdminister(form.getOrganisationId());
        String slug = form.getSlug() == null ? "" : form.getSlug().strip();
        if (!slug.matches("[a-z0-9][a-z0-9-]{1,79}")) {
            throw new InvalidInputException("slug", "slug-format");
        }
        if (channels.findBySlug(slug).isPresent()) {
            throw new InvalidInputException("slug", "slug-taken", slug);
        }
        Channel channel = new Channel(form.getOrganisationId(), slug, clock.instant());
        channel.configure(settings(form.getOrganisationId(), form), clock.instant());
        channels.saveAndFlush(channel);
        events.publishEvent(EntityChanged.diff("oversight-channel", channel.id(), "created", Map.of(), snapshot(channel)));
        return channel.id();
    }

    @Transactional
    public void update(long id, ChannelForm form) {
        Channel channel = channels.findById(id).filter(c -> permissions.mayAdminister(c.organisationId()))
                .orElseThrow(() -> new NotFoundException("channel", id));
        permissions.checkMayAdminister(channel.organisationId());
        Map<String, Object> before = snapshot(channel);
        channel.configure(settings(channel.organisationId(), form), clock.instant());
        channels.saveAndFlush(channel);
        EntityChanged change = EntityChanged.diff("oversight-channel", id, "updated", before, snapshot(channel));
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
    }

    private Channel.Settings settings(long organisationId, ChannelForm form) {
        List<FieldError> errors = new ArrayList<>();
        List<Channel.Text> texts = form.getTexts().stream()
                .filter(t -> t.getName() != null && !t.getName().isBlank())
                .map(t -> new Channel.Text(t.getLanguage(), t.getName().strip(),
                        t.getDescription() == null || t.getDescription().isBlank() ? null : t.getDescription().strip()))
                .toList();
        if (texts.isEmpty()) {
            errors.add(new FieldError("texts", "name-required"));
        }
        texts.stream().filter(t -> t.language() == null || java.util.Arrays.stream(Language.values())
                .noneMatch(l -> l.tag().equals(t.language()))).findFirst()
                .ifPresent(t -> errors.add(new FieldError("texts", "unknown-language")));
        Set<Long> officers = accounts.holders(Role.OVERSIGHT_OFFICER, List.of(organisationId)).stream()
                .map(Recipient::accountId).collect(Collectors.toSet());
        if (!officers.containsAll(form.getRecipients())) {
            errors.add(new FieldError("recipients", "recipient-not-officer"));
        }
        if (form.getCategories().isEmpty()) {
            errors.add(new FieldError("categories", "required"));
        }
        check(errors, "acknowledgeDays", form.getAcknowledgeDays(), 365);
        check(errors, "feedbackDays", form.getFeedbackDays(), 730);
        check(errors, "retentionDays", form.getRetentionDays(), 36500);
        Questionnaire questionnaire = form.questionnaire();
        try {
            questionnaire.check();
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Channel.Settings(texts, form.getRecipients(), form.getCategories(), questionnaire.toJson(),
                form.getAcknowledgeDays(), form.getFeedbackDays(), form.getRetentionDays(), form.isOpen());
    }

    private static void check(List<FieldError> errors, String field, int value, int max) {
        if (value < 1 || value > max) {
            errors.add(new FieldError(field, "range", 1, max));
        }
    }

    private ChannelView view(Channel c, Locale locale) {
        String body = organisations.find(c.organisationId(), locale).map(o -> o.name()).orElse("");
        return ChannelView.of(c, body, Language.ofOrDefault(locale));
    }

    private static Map<String, Object> snapshot(Channel c) {
        return EntityChanged.snapshot(
                "texts", c.texts().stream().map(t -> t.language() + ": " + t.name()).toList(),
                "recipients", c.recipients(), "categories", c.categories(), "questionnaire", c.questionnaireJson(),
                "acknowledgeDays", c.acknowledgeDays(), "feedbackDays", c.feedbackDays(),
                "retentionDays", c.retentionDays(), "open", c.open());
    }
}
