package org.concord.portal.internal;

import org.concord.organisations.Organisations;
import org.concord.projects.Activities;
import org.concord.shared.cache.PublicPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's pages whose anonymous rendering is kept until their data changes (PublicPageCache). */
@Configuration(proxyBeanMethods = false)
class PortalPublicPages {

    @Bean
    PublicPage keptHomePage(Organisations organisations) {
        return PublicPage.of("/", 1 << 20, organisations.directoryVersion());
    }

    @Bean
    PublicPage keptMapPage(Activities activities) {
        return PublicPage.of("/map", 8 << 20, activities.dataVersion());
    }

    @Bean
    PublicPage keptCountryPages(Activities activities, org.concord.oversight.OversightStatistics oversight,
                                org.concord.standards.Scorecards scorecards, Organisations organisations) {
        // the standards section moves with the scorecards' data (values, assessments) and with the directory (which
        // institutions are seated in the country, their names)
        return PublicPage.of("/countries/*", 96 << 20, activities.dataVersion(), oversight.casesVersion(),
                scorecards.dataVersion(), organisations.directoryVersion());
    }
}
