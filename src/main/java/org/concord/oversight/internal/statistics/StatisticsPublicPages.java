package org.concord.oversight.internal.statistics;

import org.concord.organisations.Organisations;
import org.concord.oversight.OversightStatistics;
import org.concord.shared.cache.PublicPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The public statistics, kept rendered for anonymous readers until a case or the directory (the bodies' and
 * institutions' names) changes (PublicPageCache): computing them is a handful of aggregates over a body's cases.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsPublicPages {

    @Bean
    PublicPage keptStatisticsPages(OversightStatistics statistics, Organisations organisations) {
        return PublicPage.of("/oversight/bodies/*/statistics", 16 << 20, statistics.casesVersion(),
                organisations.directoryVersion());
    }

    @Bean
    PublicPage keptStatisticsApi(OversightStatistics statistics, Organisations organisations) {
        return PublicPage.of("/api/v1/oversight/statistics/**", 8 << 20, statistics.casesVersion(),
                organisations.directoryVersion());
    }
}
