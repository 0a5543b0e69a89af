package org.concord.organisations.internal;

import org.concord.shared.cache.PublicPage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The directory's pages whose anonymous rendering is kept until the directory changes (PublicPageCache). */
@Configuration(proxyBeanMethods = false)
class DirectoryPublicPages {

    @Bean
    PublicPage keptDirectoryPage(DirectoryVersion version) {
        return PublicPage.of("/organisations", 16 << 20, version.version());
    }
}
