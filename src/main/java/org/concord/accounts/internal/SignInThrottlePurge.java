package org.concord.accounts.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every attempted username from every address leaves a counter, whether the username exists or not; this job, run by
 * one instance each hour, removes the counters that no longer refuse anything, so the table holds about a day of
 * attempts at most.
 */
@Configuration(proxyBeanMethods = false)
class SignInThrottlePurge {

    static final String TASK = "accounts-sign-in-throttle-purge";

    @Bean
    RecurringTask<Void> accountsSignInThrottlePurge(SignInThrottle throttle) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(Duration.ofHours(1)))
                .execute((instance, context) -> throttle.purge());
    }
}
