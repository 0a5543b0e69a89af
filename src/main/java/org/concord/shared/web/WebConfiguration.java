package org.concord.shared.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
@org.springframework.scheduling.annotation.EnableScheduling
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** After Spring Security's filters (order -100), before the resource is written. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<StaticResourceCaching> staticResourceCaching() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new StaticResourceCaching());
        registration.setOrder(0);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new LayoutInterceptor());
    }
}
