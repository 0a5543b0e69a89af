package org.concord.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.concord.shared.Language;
import org.concord.shared.security.Actor;
import org.concord.shared.security.CurrentActor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the base layout needs on every page: the language switcher, writing direction and the signed-in person. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutAdvice {

    public record LanguageLink(String tag, String name, String href, boolean current) {
    }

    @ModelAttribute("language")
    Language language(Locale locale) {
        return Language.ofOrDefault(locale);
    }

    @ModelAttribute("languageLinks")
    List<LanguageLink> languageLinks(Locale locale, HttpServletRequest request) {
        Language current = Language.ofOrDefault(locale);
        return java.util.Arrays.stream(Language.values())
                .map(l -> new LanguageLink(l.tag(), l.nativeName(),
                        ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("lang", l.tag())
                                .replaceQueryParam("page").build().toUriString()
                                .replaceFirst("^https?://[^/]+", ""),
                        l == current))
                .toList();
    }

    @ModelAttribute("actor")
    Actor actor() {
        return CurrentActor.find().orElse(null);
    }
}
