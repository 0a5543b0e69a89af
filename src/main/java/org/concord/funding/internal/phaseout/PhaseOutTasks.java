package org.concord.funding.internal.phaseout;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The phase-out part's job on db-scheduler: each run is picked by one instance. */
@Configuration(proxyBeanMethods = false)
class PhaseOutTasks {

    static final String SUNSET_ALERTS = "funding-sunset-alerts";

    /** Once a day (05:15 UTC unless {@code concord.funding.sunset-alerts-cron} says otherwise). */
    @Bean
    RecurringTask<Void> fundingSunsetAlerts(SunsetAlerts alerts, Clock clock,
                                            @Value("${concord.funding.sunset-alerts-cron:0 15 5 * * *}") String cron) {
        return Tasks.recurring(SUNSET_ALERTS, Schedules.cron(cron, ZoneOffset.UTC))
                .execute((instance, context) -> alerts.send(clock));
    }
}
