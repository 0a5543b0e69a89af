package org.concord.oversight.internal.cases;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cases' daily jobs on db-scheduler: each run picked by one instance, surviving restarts. */
@Configuration(proxyBeanMethods = false)
class CaseTasks {

    /** Reminders of overdue cases, before the notifications' daily digest (06:00 UTC) so they go out in it. */
    @Bean
    RecurringTask<Void> oversightDeadlineReminders(CaseReminders reminders, Clock clock,
                                                   @Value("${concord.oversight.reminder-cron:0 30 5 * * *}") String cron) {
        return Tasks.recurring("oversight-deadline-reminders", Schedules.cron(cron, ZoneOffset.UTC))
                .execute((instance, context) -> reminders.remind(clock.instant()));
    }

    /** The retention purge of closed cases, at night. */
    @Bean
    RecurringTask<Void> oversightRetentionPurge(CaseRetention retention, Clock clock,
                                                @Value("${concord.oversight.purge-cron:0 15 2 * * *}") String cron) {
        return Tasks.recurring("oversight-retention-purge", Schedules.cron(cron, ZoneOffset.UTC))
                .execute((instance, context) -> retention.purge(clock.instant()));
    }
}
