package org.concord.projects.internal.overlap;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Overlap detection runs in the background on one thread of its own: runs queue rather than compete
 * for the advisory lock and the two cores, and a long run never delays a page.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class OverlapConfiguration {

    static final String EXECUTOR = "overlapExecutor";

    @Bean(EXECUTOR)
    ThreadPoolTaskExecutor overlapExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("overlaps-");
        // a run cut short at shutdown is redone by the next change; waiting would hold the shutdown up
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
