package org.concord.shared.web;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

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

    /**
     * Static resources are served from their own folders only ({@link StaticResourceCaching#PATHS}), not from a
     * catch-all {@code /**} (Spring Boot's default, turned off by {@code spring.web.resources.add-mappings=false}).
     * With a catch-all, every link a page builds ({@code /activities/12}) went through the resource chain, which
     * looked for a file of that name in every static location of the class path, and remembers only the links it
     * found: measured, two thirds of the rendering time of a page full of links. Each folder keeps the content
     * version strategy ({@code concord-<md5>.css}); webjars are named without their version.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String path : StaticResourceCaching.PATHS) {
            boolean webjars = "/webjars/".equals(path);
            var chain = registry.addResourceHandler(path + "**")
                    .addResourceLocations(webjars ? "classpath:/META-INF/resources/webjars/" : "classpath:/static" + path)
                    .resourceChain(true);
            if (webjars) {
                chain.addResolver(new LiteWebJarsResourceResolver());
            }
            chain.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
        }
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
