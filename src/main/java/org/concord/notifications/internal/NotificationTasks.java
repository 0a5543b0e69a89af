package org.concord.notifications.internal;

import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The module's jobs on db-scheduler (see package-info for how other modules add theirs). */
@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableAsync // @ApplicationModuleListener runs its reactions asynchronously
class NotificationTasks {

    static final String DAILY_DIGEST = "notifications-daily-digest";
    static final String MAIL = "notifications-mail";

    /** Once a day (06:00 UTC unless {@code concord.notifications.digest-cron} says otherwise), on one instance. */
    @Bean
    RecurringTask<Void> notificationsDailyDigest(DailyDigest digest, Clock clock,
                                                 @Value("${concord.notifications.digest-cron:0 0 6 * * *}") String cron) {
        return Tasks.recurring(DAILY_DIGEST, Schedules.cron(cron, ZoneOffset.UTC))
                .execute((instance, context) -> digest.send(clock));
    }

    /**
     * One e-mail per notification for those who want them at once. A job rather than a send in the listener:
     * scheduled in the transaction that stores the notification, it survives a crash and is retried when SMTP
     * fails. Known only where mail is configured, so an instance without mail leaves these to one with it.
     */
    @Bean
    @ConditionalOnProperty(prefix = "spring.mail", name = "host")
    OneTimeTask<Long> notificationsMail(NotificationMail mail) {
        // an SMTP server that is down is tried again after 1, 2, 4 … 128 minutes (about four hours), then given up:
        // the inbox holds the notification all the same
        return Tasks.oneTime(MAIL, Long.class)
                .onFailure(new FailureHandler.MaxRetriesFailureHandler<>(8,
                        new FailureHandler.ExponentialBackoffFailureHandler<>(Duration.ofMinutes(1), 2.0)))
                .execute((instance, context) -> mail.sendOne(instance.getData()));
    }
}
