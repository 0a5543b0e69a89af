package org.concord.funding.internal.phaseout;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.concord.audit.EntityChanged;
import org.concord.notifications.NotificationRequested;
import org.concord.notifications.NotificationRequested.RoleHolders;
import org.concord.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells the funder's and the recipient's coordinators that an agreement's sunset date comes in 180, 90 or 30 days
 * (which alert is due: {@link SunsetAlertRule}). Each alert is recorded in {@code funding_sunset_alert} and
 * published, with its audit row, in one transaction per agreement: the insert of a second run, on this instance or another, finds the
 * row (or waits for the first run's transaction and then finds it) and inserts nothing, and then nothing is
 * published either. Days are UTC days.
 */
@Component
class SunsetAlerts {

    static final String KIND = "funding.sunset";

    private final PhaseOutStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;

    SunsetAlerts(PhaseOutStore store, ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.store = store;
        this.events = events;
        this.transactions = transactions;
    }

    /** Sends what is due today; returns how many alerts this run sent. */
    int send(Clock clock) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<PhaseOutStore.SunsetCandidate> candidates = store.sunsetsUpTo(today, SunsetAlertRule.horizon(today));
        int sent = 0;
        for (PhaseOutStore.SunsetCandidate candidate : candidates) {
            OptionalInt due = SunsetAlertRule.due(candidate.sunsetDate(), today, candidate.sent());
            if (due.isPresent() && Boolean.TRUE.equals(transactions.execute(status -> sendOne(candidate, due.getAsInt())))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean sendOne(PhaseOutStore.SunsetCandidate candidate, int threshold) {
        if (!store.recordAlert(candidate.agreementId(), candidate.sunsetDate(), threshold)) {
            return false;
        }
        // the job's write is audited like any other, by the system actor, in the transaction that records the alert
        events.publishEvent(EntityChanged.diff("funding-sunset-alert", candidate.agreementId(), "sent", Map.of(),
                EntityChanged.snapshot("sunsetDate", candidate.sunsetDate(), "thresholdDays", threshold)));
        events.publishEvent(new NotificationRequested(KIND, Set.of(),
                Set.of(new RoleHolders(Role.COORDINATOR, candidate.funderId(), false),
                        new RoleHolders(Role.COORDINATOR, candidate.recipientId(), false)),
                "phaseout.sunset-alert", List.of(candidate.title(), String.valueOf(threshold),
                        candidate.sunsetDate().toString()),
                "/funding/agreements/" + candidate.agreementId() + "/phase-out"));
        return true;
    }
}
