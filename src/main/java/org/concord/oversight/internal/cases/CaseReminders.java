package org.concord.oversight.internal.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.concord.notifications.NotificationRequested;
import org.concord.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminder of overdue cases: one notification per case and day (UTC), to the assigned officer, or to the
 * channel's recipients while nobody is assigned (or the body's officers if the channel names none). Each case is
 * reminded in a transaction of its own that first records the reminder (oversight_case_reminder's key refuses a
 * second one the same day), so a run that is repeated or overlaps another reminds nobody twice.
 */
@Component
class CaseReminders {

    static final String KIND = "oversight.deadline";
    private static final int BATCH = 500;

    private final CaseQueries queries;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    CaseReminders(CaseQueries queries, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.queries = queries;
        this.events = events;
        this.tx = tx;
    }

    /** Reminds of every case overdue at {@code now}; returns how many were reminded. */
    int remind(Instant now) {
        LocalDate day = LocalDate.ofInstant(now, ZoneOffset.UTC);
        int reminded = 0;
        List<CaseQueries.Overdue> batch;
        do {
            batch = queries.overdueNotRemindedOn(now, day, BATCH);
            for (CaseQueries.Overdue c : batch) {
                if (Boolean.TRUE.equals(tx.execute(s -> remind(c, day)))) {
                    reminded++;
                }
            }
        } while (batch.size() == BATCH);
        return reminded;
    }

    private boolean remind(CaseQueries.Overdue c, LocalDate day) {
        if (!queries.markReminded(c.reportId(), day)) {
            return false;
        }
        String link = "/oversight/cases/" + c.reportId();
        String number = String.valueOf(c.reportId());
        if (c.assigneeId() != null) {
            events.publishEvent(NotificationRequested.toAccounts(KIND, List.of(c.assigneeId()), link,
                    "oversight.notification.overdue", number));
        } else {
            List<Long> recipients = queries.channelRecipients(c.channelId());
            events.publishEvent(recipients.isEmpty()
                    ? NotificationRequested.toRoleHolders(KIND, Role.OVERSIGHT_OFFICER, c.organisationId(), false, link,
                    "oversight.notification.overdue", number)
                    : NotificationRequested.toAccounts(KIND, recipients, link, "oversight.notification.overdue", number));
        }
        return true;
    }
}
