package org.concord.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.concord.shared.Language;
import org.concord.shared.security.CurrentActor;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What the base layout needs on every rendered page: the language switcher, the language and the signed-in
 * person. Added only when a view is rendered, so that API calls and redirects pay nothing for it.
 */
class LayoutInterceptor implements HandlerInterceptor {

    public record LanguageLink(String tag, String name, String href, boolean current) {
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))) {
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        Language current = Language.ofOrDefault(locale);
        view.addObject("language", current);
        view.addObject("languageLinks", languageLinks(current, request));
        view.addObject("actor", CurrentActor.find().orElse(null));
    }

    static List<LanguageLink> languageLinks(Language current, HttpServletRequest request) {
        return Arrays.stream(Language.values())
                .map(l -> new LanguageLink(l.tag(), l.nativeName(),
                        ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", l.tag())
                                .replaceQueryParam("page").build().toUriString()
                                .replaceFirst("^https?://[^/]+", ""),
                        l == current))
                .toList();
    }
}
