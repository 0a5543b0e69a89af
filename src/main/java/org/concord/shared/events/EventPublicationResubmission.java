package org.concord.shared.events;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * Reactions of one module to another's events are recorded in the event publication registry and republished when
 * an instance starts. With several instances, one that dies leaves its unfinished reactions to the others: this job,
 * run by one instance at a time, hands every reaction left unfinished for a while to be run again. The reactions
 * that use it (overlap recomputation, notifications) are safe to run twice.
 */
@Configuration(proxyBeanMethods = false)
class EventPublicationResubmission {

    static final String TASK = "event-publications-resubmit";

    @Bean
    RecurringTask<Void> eventPublicationsResubmit(IncompleteEventPublications publications,
            @Value("${concord.events.resubmit-every:5m}") Duration every,
            @Value("${concord.events.resubmit-after:15m}") Duration after) {
        return Tasks.recurring(TASK, Schedules.fixedDelay(every))
                .execute((instance, context) -> publications.resubmitIncompletePublicationsOlderThan(after));
    }
}
