package org.concord.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.concord.shared.Language;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Remembers the chosen interface language in a cookie; without a choice, takes the browser's
 * preferred language when Concord ships it, else English. Languages Concord does not ship are ignored.
 */
public class LanguageResolver extends CookieLocaleResolver {

    public LanguageResolver() {
        super("concord-language");
        setCookieMaxAge(Duration.ofDays(365));
        setCookieSameSite("Lax");
        setDefaultLocaleFunction(request -> Language.of(request.getLocale()).orElse(Language.EN).locale());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return Language.ofOrDefault(super.resolveLocale(request)).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || Language.of(locale).isPresent()) {
            super.setLocale(request, response, locale == null ? null : Language.ofOrDefault(locale).locale());
        }
    }
}
