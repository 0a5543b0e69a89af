package org.concord.accounts.internal;

import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.concord.accounts.internal.secondfactor.SecondFactorFilter;
import org.concord.accounts.internal.secondfactor.SecondFactors;
import org.concord.shared.web.PublicAddress;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;

/**
 * Two doors: the API under /api (stateless, HTTP Basic, no cookies, so no CSRF exposure) and the pages
 * (form sign-in, session in PostgreSQL, CSRF tokens). Anonymous visitors may read the public directory
 * and nothing else; every module checks finer permissions in its services. Only signing in makes a session: an
 * anonymous visitor's CSRF token and the page to return to after signing in are kept in cookies. Every request of a
 * session checks its account ({@link AccountSessionCheck}); whoever must pass a second factor passes it before
 * anything else ({@link SecondFactorFilter}: a second sign-in step on pages, a code header in the API). When {@code concord.base-url} is https, or a trusted proxy
 * says the request came over HTTPS, cookies are Secure and browsers are told to keep to HTTPS (HSTS).
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * What anyone may read through the API without signing in, by GET and by HEAD (which link checkers and caches
     * send; it answers as GET without the body). The services still answer 404 for what a reader may not see.
     */
    static final String[] PUBLIC_API_READS = {
            "/api/v1/organisations", "/api/v1/organisations/**",
            "/api/v1/activities", "/api/v1/activities/**",
            "/api/v1/countries/**", "/api/v1/map", "/api/v1/regions", "/api/v1/regions/**",
            "/api/v1/reform-areas", "/api/v1/reform-areas/**",
            "/api/v1/exchange-rates", "/api/v1/exchange-rates/**",
            "/api/v1/audit/checkpoints",
            // funding: agreements and condition status are public, less what a funder keeps confidential
            "/api/v1/funding/agreements", "/api/v1/funding/agreements/**",
            "/api/v1/funding/export/**",
            "/api/v1/standards/frameworks", "/api/v1/standards/frameworks/**",
            "/api/v1/standards/indicators", "/api/v1/standards/indicators/**",
            "/api/v1/standards/export/**",
            // assessments: the service answers 404 for what a reader may not see
            "/api/v1/standards/assessments", "/api/v1/standards/assessments/**",
            "/api/v1/oversight/channels",
            "/api/v1/oversight/channels/*",
            // oversight bodies' public statistics (every count through small-cell suppression)
            "/api/v1/oversight/statistics", "/api/v1/oversight/statistics/**",
            "/api/v1/standards/scorecards/**", "/api/v1/standards/comparison",
            // funding's phase-out part: ownership curves and the conditionality register
            "/api/v1/funding/ownership", "/api/v1/funding/register"
    };

    /** The pages anyone may read without signing in, by GET and by HEAD. */
    static final String[] PUBLIC_PAGE_READS = {
            "/", "/organisations", "/organisations/{id:\\d+}",
            "/activities", "/activities/{id:\\d+}", "/activities/export.*",
            "/activities/reform-areas", "/activities/exchange-rates", "/exchange-rates", "/exchange-rates/annual",
            "/countries", "/countries/**", "/regions/**", "/map", "/geo/**", "/audit/checkpoints",
            "/funding/agreements", "/funding/agreements/{id:\\d+}", "/funding/agreements/{id:\\d+}/iati.xml",
            "/funding/export/*",
            "/standards", "/standards/frameworks/{id:\\d+}", "/standards/indicators/{id:\\d+}",
            "/standards/export/*",
            "/standards/assessments/templates", "/standards/assessments/templates/{id:\\d+}",
            "/standards/assessments/institutions/{id:\\d+}", "/standards/assessments/{id:\\d+}",
            "/standards/scorecards", "/standards/scorecards/**", "/standards/comparison",
            "/funding/agreements/{id:\\d+}/phase-out", "/funding/ownership/**", "/funding/register/*",
            "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/error",
            "/actuator/health", "/actuator/health/**",
            "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/oversight/bodies/{id:\\d+}/statistics"
    };

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SignInRefusal refusal, PublicAddress address, SecondFactors factors,
                            MessageSource messages, LocaleResolver locales) throws Exception {
        // the AccountAuthentication bean is the global provider; adding it here too would count each failure twice
        http.securityMatcher("/api/**")
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .httpBasic(b -> b.authenticationEntryPoint(refusal))
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(address::secure)))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, PUBLIC_API_READS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_API_READS).permitAll()
                        // oversight's public intake and receipt follow-up (the receipt is in the body, never the address)
                        .requestMatchers(HttpMethod.POST, "/api/v1/oversight/channels/*/reports",
                                "/api/v1/oversight/follow-up", "/api/v1/oversight/follow-up/*").permitAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new PasswordChangeFilter(), BasicAuthenticationFilter.class)
                .addFilterAfter(new SecondFactorFilter(factors, true, messages, locales), PasswordChangeFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, PublicAddress address, AccountDetails accounts, SecondFactors factors,
                              MessageSource messages, LocaleResolver locales) throws Exception {
        // the page an anonymous visitor asked for, to return to after signing in: a cookie, not a session
        CookieRequestCache requestCache = new CookieRequestCache();
        requestCache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod())
                && request.getHeader("HX-Request") == null);
        requestCache.setCookieCustomizer(cookie -> {
            cookie.setAttribute("SameSite", "Lax");
            if (address.https()) {
                cookie.setSecure(true);
            }
        });
        http.requestCache(c -> c.requestCache(requestCache))
                .csrf(c -> c.csrfTokenRepository(new CsrfTokens(address)))
                .formLogin(f -> f.loginPage("/sign-in").loginProcessingUrl("/sign-in").failureHandler(new SignInFailure())
                        .defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/sign-out").logoutSuccessUrl("/?signed-out"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(address::secure))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=()")))
                .authorizeHttpRequests(a -> a
                        // the sign-in page with any of its messages (?error, ?throttled=2, ?ended...): formLogin's
                        // permitAll covers "/sign-in" only without a query, so the messages were never shown
                        .requestMatchers(HttpMethod.GET, "/sign-in").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/sign-in").permitAll()
                        // oversight's public intake and receipt follow-up: no account, no session
                        .requestMatchers("/report", "/report/**").permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_PAGE_READS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_PAGE_READS).permitAll()
                        .anyRequest().authenticated())
                .addFilterAfter(new AccountSessionCheck(accounts), SecurityContextHolderFilter.class)
                .addFilterAfter(new PasswordChangeFilter(), org.springframework.security.web.access.ExceptionTranslationFilter.class)
                .addFilterAfter(new SecondFactorFilter(factors, false, messages, locales), PasswordChangeFilter.class);
        return http.build();
    }

    /** The session cookie is Secure whenever the request came over HTTPS, and always when the public address is https. */
    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookie(PublicAddress address) {
        return serializer -> {
            if (address.https()) {
                serializer.setUseSecureCookie(true);
            }
        };
    }
}
