package org.concord.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.concord.accounts.Accounts;
import org.concord.accounts.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The daily digest job: to each person who chose it, one e-mail with their unread notifications that no e-mail
 * carried yet. Run by the scheduler once a day on one instance (NotificationTasks).
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);

    private final NotificationQueries queries;
    private final NotificationMail mail;
    private final Accounts accounts;

    DailyDigest(NotificationQueries queries, NotificationMail mail, Accounts accounts) {
        this.queries = queries;
        this.mail = mail;
        this.accounts = accounts;
    }

    /** Sends the digests due at {@code clock}'s now; returns how many e-mails went out. */
    public int send(Clock clock) {
        if (!mail.enabled()) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> accountIds = queries.digestAccounts(now);
        Map<Long, Recipient> recipients = accounts.recipients(accountIds).stream()
                .filter(r -> r.email() != null && !r.email().isBlank())
                .collect(Collectors.toMap(Recipient::accountId, Function.identity()));
        int sent = 0;
        for (Long accountId : accountIds) {
            Recipient recipient = recipients.get(accountId);
            if (recipient == null) {
                continue; // no address: the inbox holds it all the same
            }
            try {
                mail.sendDigest(recipient, queries.undigested(accountId, now), now);
                sent++;
            } catch (RuntimeException e) {
                // one bad address or a passing SMTP failure must not keep the others' digests back; tomorrow retries
                log.warn("daily digest to account {} failed: {}", accountId, e.toString());
            }
        }
        return sent;
    }
}
