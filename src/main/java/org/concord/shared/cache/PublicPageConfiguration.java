package org.concord.shared.cache;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class PublicPageConfiguration {

    /** After Spring Security's filters (order -100), so that its rules and headers apply to kept pages too. */
    static final int ORDER = 0;

    @Bean
    FilterRegistrationBean<PublicPageCache> publicPageCache(ObjectProvider<PublicPage> pages, LocaleResolver locales,
                                                             Clock clock) {
        FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(
                new PublicPageCache(pages.orderedStream().toList(), locales, clock));
        registration.setOrder(ORDER);
        return registration;
    }
}
