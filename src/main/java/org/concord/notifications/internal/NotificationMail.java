package org.concord.notifications.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.concord.accounts.Accounts;
import org.concord.accounts.Recipient;
import org.concord.notifications.internal.NotificationQueries.StoredNotification;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications by e-mail, in the recipient's language: one at a time for those who chose so, or a digest.
 * Without {@code spring.mail.host} there is no mail sender, and Concord keeps to the inbox.
 */
@Component
class NotificationMail {

    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationQueries queries;
    private final NotificationRepository notifications;
    private final Accounts accounts;
    private final NotificationTexts texts;
    private final Clock clock;
    private final String from;

    NotificationMail(ObjectProvider<JavaMailSender> senders, NotificationQueries queries,
                     NotificationRepository notifications, Accounts accounts, NotificationTexts texts, Clock clock,
                     @Value("${concord.notifications.mail-from:concord@localhost}") String from) {
        this.senders = senders;
        this.queries = queries;
        this.notifications = notifications;
        this.accounts = accounts;
        this.texts = texts;
        this.clock = clock;
        this.from = from;
    }

    boolean enabled() {
        return senders.getIfAvailable() != null;
    }

    /**
     * The one-time job's work: e-mails one notification unless it was read or sent meanwhile. Marked sent in the
     * same transaction, so that a retry after a failed send sends it again and a retry after success does not.
     */
    @Transactional
    public void sendOne(long notificationId) {
        Optional<StoredNotification> found = queries.find(notificationId)
                .filter(n -> n.readAt() == null && n.emailedAt() == null);
        if (found.isEmpty() || !enabled()) {
            return;
        }
        StoredNotification n = found.get();
        Optional<Recipient> recipient = accounts.recipients(List.of(n.accountId())).stream().findFirst()
                .filter(r -> r.email() != null && !r.email().isBlank());
        if (recipient.isEmpty()) {
            return;
        }
        Locale locale = recipient.get().language().locale();
        String text = texts.text(n, locale);
        StringBuilder body = new StringBuilder(text).append("\n\n");
        if (n.link() != null) {
            body.append(texts.message("notifications.mail.open", locale, texts.address(n.link()))).append("\n\n");
        }
        body.append(footer(locale));
        send(recipient.get().email(), texts.message("notifications.mail.subject", locale, abbreviate(text)), body.toString());
        notifications.markEmailed(List.of(n.id()), clock.instant());
    }

    /** One e-mail with all of {@code items}, which are then marked sent. */
    @Transactional
    public void sendDigest(Recipient recipient, List<StoredNotification> items, java.time.Instant at) {
        Locale locale = recipient.language().locale();
        StringBuilder body = new StringBuilder(texts.message("notifications.digest.intro", locale, items.size()))
                .append("\n\n");
        for (StoredNotification n : items) {
            body.append("• ").append(texts.text(n, locale)).append('\n');
            if (n.link() != null) {
                body.append("  ").append(texts.address(n.link())).append('\n');
            }
        }
        body.append('\n').append(texts.message("notifications.mail.inbox", locale, texts.address("/notifications")))
                .append("\n\n").append(footer(locale));
        send(recipient.email(), texts.message("notifications.digest.subject", locale, items.size()), body.toString());
        notifications.markEmailed(items.stream().map(StoredNotification::id).toList(), at);
    }

    private String footer(Locale locale) {
        return "-- \n" + texts.message("notifications.mail.footer", locale, texts.address("/notifications/preferences"));
    }

    private void send(String to, String subject, String body) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        senders.getObject().send(message);
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
