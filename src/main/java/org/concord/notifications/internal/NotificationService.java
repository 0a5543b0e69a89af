package org.concord.notifications.internal;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.accounts.Accounts;
import org.concord.accounts.Recipient;
import org.concord.audit.EntityChanged;
import org.concord.notifications.Delivery;
import org.concord.notifications.NotificationPage;
import org.concord.notifications.NotificationRequested;
import org.concord.notifications.Notifications;
import org.concord.organisations.Organisations;
import org.concord.shared.NotFoundException;
import org.concord.shared.security.Actor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inbox's rules: who hears of a request, and what each person does with their own notifications. */
@Service
class NotificationService implements Notifications {

    static final int MAX_PAGE_SIZE = 100;

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final NotificationQueries queries;
    private final NotificationTexts texts;
    private final NotificationPermissions permissions;
    private final NotificationMail mail;
    private final Accounts accounts;
    private final Organisations organisations;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, NotificationPreferenceRepository preferences,
                        NotificationQueries queries, NotificationTexts texts, NotificationPermissions permissions,
                        NotificationMail mail, Accounts accounts, Organisations organisations,
                        ObjectProvider<SchedulerClient> scheduler, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.queries = queries;
        this.texts = texts;
        this.permissions = permissions;
        this.mail = mail;
        this.accounts = accounts;
        this.organisations = organisations;
        this.scheduler = scheduler;
        this.events = events;
        this.clock = clock;
    }

    /**
     * One inbox row per recipient (each once, however many ways the request names them), and for those who want
     * e-mail at once a mail job in the same transaction. Not audited: the write the request is about was, by its
     * module, and these rows are that write's consequence for each reader, not a decision of anyone's.
     */
    @Transactional
    public int deliver(NotificationRequested request) {
        Map<Long, Recipient> recipients = new LinkedHashMap<>();
        accounts.recipients(request.accountIds()).forEach(r -> recipients.putIfAbsent(r.accountId(), r));
        for (NotificationRequested.RoleHolders holders : request.roleHolders()) {
            List<Long> scope = holders.orAbove() ? organisations.ancestorsAndSelf(holders.organisationId())
                    : List.of(holders.organisationId());
            accounts.holders(holders.role(), scope).forEach(r -> recipients.putIfAbsent(r.accountId(), r));
        }
        if (recipients.isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Notification> rows = new ArrayList<>();
        for (Recipient recipient : recipients.values()) {
            rows.add(new Notification(recipient.accountId(), request.kind(), request.messageKey(), request.arguments(),
                    request.link(), now));
        }
        notifications.saveAll(rows);
        SchedulerClient jobs = scheduler.getIfAvailable();
        if (jobs != null && mail.enabled()) {
            Map<Long, Delivery> deliveries = queries.deliveries(recipients.keySet());
            for (Notification row : rows) {
                Recipient recipient = recipients.get(row.accountId());
                if (deliveries.get(row.accountId()) == Delivery.IMMEDIATE && recipient.email() != null) {
                    jobs.schedule(new TaskInstance<>(NotificationTasks.MAIL, "notification-" + row.id(), row.id()), now);
                }
            }
        }
        return rows.size();
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(long accountId) {
        return queries.unreadCount(accountId);
    }

    @Override
    @Transactional(readOnly = true)
    public NotificationPage inbox(long accountId, int page, int size, Locale locale) {
        int safeSize = Math.max(1, Math.min(size, MAX_PAGE_SIZE));
        int safePage = Math.max(0, page);
        return new NotificationPage(queries.page(accountId, safePage, safeSize).stream()
                .map(n -> texts.view(n, locale)).toList(),
                queries.total(accountId), queries.unreadCount(accountId), safePage, safeSize);
    }

    @Override
    @Transactional(readOnly = true)
    public Delivery delivery(long accountId) {
        return preferences.findById(accountId).map(NotificationPreference::delivery).orElse(Delivery.DEFAULT);
    }

    /** The signed-in person's inbox. */
    @Transactional(readOnly = true)
    public NotificationPage ownInbox(int page, int size, Locale locale) {
        return inbox(permissions.checkHasOwnInbox().accountId(), page, size, locale);
    }

    @Transactional(readOnly = true)
    public long ownUnreadCount() {
        return queries.unreadCount(permissions.checkHasOwnInbox().accountId());
    }

    /*
     * Marking read is not audited: it is the person's own inbox state, seen by no one else and deciding nothing
     * (like a mail client's read flag); an audit row per click would bury the log's real writes.
     */

    @Transactional
    public void markRead(long id) {
        Actor actor = permissions.checkHasOwnInbox();
        Notification notification = notifications.findById(id)
                .filter(n -> permissions.mayRead(actor, n.accountId()))
                .orElseThrow(() -> new NotFoundException("notification", id));
        notification.markRead(clock.instant());
    }

    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(permissions.checkHasOwnInbox().accountId(), clock.instant());
    }

    @Transactional(readOnly = true)
    public PreferencesForm ownPreferences() {
        Actor actor = permissions.checkHasOwnInbox();
        Recipient me = accounts.recipients(List.of(actor.accountId())).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("account", actor.accountId()));
        return new PreferencesForm(delivery(actor.accountId()), me.language());
    }

    /** The person's own choice of delivery (audited here) and language (audited by accounts), in one transaction. */
    @Transactional
    public void updateOwnPreferences(PreferencesForm form) {
        Actor actor = permissions.checkHasOwnInbox();
        java.util.Optional<NotificationPreference> found = preferences.findById(actor.accountId());
        boolean existed = found.isPresent();
        NotificationPreference preference = found.orElseGet(() -> new NotificationPreference(actor.accountId()));
        Delivery before = preference.delivery();
        preference.delivery(form.getDelivery(), clock.instant());
        preferences.saveAndFlush(preference);
        EntityChanged change = EntityChanged.diff("notification-preference", actor.accountId(),
                existed ? "updated" : "created", existed ? Map.of("delivery", before) : Map.of(),
                Map.of("delivery", form.getDelivery()));
        if (!change.changes().isEmpty()) {
            events.publishEvent(change);
        }
        accounts.changeOwnLanguage(form.getLanguage());
    }
}
