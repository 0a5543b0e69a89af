package org.concord.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's answer to refused HTTP Basic credentials: 401 for a wrong username or password (the same whether the
 * username exists or not), 429 with Retry-After and a problem document when the attempt was throttled, so that a
 * client knows to wait instead of retrying.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class SignInRefusal implements AuthenticationEntryPoint {

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();

    SignInRefusal(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        if (!(exception instanceof SignInThrottledException throttled)) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            return;
        }
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://concord.example.org/problems/sign-in-throttled");
        problem.put("title", messages.getMessage("sign-in.throttled.title", null, locale));
        problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
        problem.put("detail", messages.getMessage(throttled.wholeAddress() ? "sign-in.throttled-address" : "sign-in.throttled",
                new Object[] {throttled.minutes()}, locale));
        problem.put("retryAfterSeconds", throttled.seconds());
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(throttled.seconds()));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
