package org.concord.projects.internal;

import org.concord.shared.cache.PublicPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The activity registry's pages and API resources whose anonymous rendering is kept until activities change
 * (PublicPageCache). Anonymous readers see published activities only, so a draft never reaches what is kept.
 */
@Configuration(proxyBeanMethods = false)
class ActivityPublicPages {

    @Bean
    PublicPage keptActivityList(ActivityDataVersion version) {
        return PublicPage.of("/activities", 32 << 20, version.version());
    }

    @Bean
    PublicPage keptWorldMapApi(ActivityDataVersion version) {
        return PublicPage.of("/api/v1/map", 2 << 20, version.version());
    }

    @Bean
    PublicPage keptCountryApi(ActivityDataVersion version) {
        return PublicPage.of("/api/v1/countries/**", 16 << 20, version.version());
    }
}
