package org.concord.accounts.internal.secondfactor;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concord.shared.security.Actor;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds back whoever must pass a second factor and has not: on pages, until the session passed it, every page but
 * the second step's own (and signing out) sends them to {@link #PAGE}, which sends those not enrolled yet on to
 * enrolment; in the API, which keeps no session, every request of such an account carries a current code in the
 * {@value #HEADER} header, or is answered 401 with a problem document saying so (429 while throttled). Someone who
 * must first replace a one-time password does that first ({@code PasswordChangeFilter}).
 * <p>
 * Why a session attribute rather than Spring Security 7's {@code FactorGrantedAuthority} and
 * {@code @EnableMultiFactorAuthentication}: that requires every factor of every authorization rule for everyone,
 * while here only some accounts need a second factor, decided by their roles of the moment; and
 * {@code AccountSessionCheck} rebuilds the session's authentication from the account row whenever the account changes,
 * which would drop a factor authority, whereas a session attribute survives it.
 */
public class SecondFactorFilter extends OncePerRequestFilter {

    public static final String PAGE = "/sign-in/second-factor";
    public static final String ENROL = PAGE + "/enrol";
    public static final String HEADER = "X-Concord-TOTP";
    /** Session attribute: the account id whose second factor this session passed. */
    static final String PASSED = "concord.second-factor.passed";
    /** Session attribute: the account id found to need no second factor (no role needs it, not enrolled). */
    static final String NOT_NEEDED = "concord.second-factor.not-needed";
    /** Session attribute: the page asked for before the second step, to go on to afterwards. */
    static final String RETURN_TO = "concord.second-factor.return-to";

    private static final List<String> STATIC = List.of("/css/", "/js/", "/images/", "/geo/", "/webjars/");

    private final SecondFactors factors;
    private final boolean api;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json = JsonMapper.builder().build();

    public SecondFactorFilter(SecondFactors factors, boolean api, MessageSource messages, LocaleResolver locales) {
        this.factors = factors;
        this.api = api;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof org.concord.accounts.internal.AccountPrincipal p)
                || p.mustChangePassword()) {
            chain.doFilter(request, response);
            return;
        }
        if (api) {
            checkApi(p.actor(), request, response, chain);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        HttpSession session = request.getSession(false);
        long id = p.actor().accountId();
        if (allowed(path) || (session != null && Long.valueOf(id).equals(session.getAttribute(PASSED)))
                || !needed(p.actor(), session)) {
            chain.doFilter(request, response);
            return;
        }
        if ("GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null) {
            String query = request.getQueryString();
            request.getSession().setAttribute(RETURN_TO, path + (query == null ? "" : "?" + query));
        }
        response.sendRedirect(request.getContextPath() + PAGE);
    }

    private boolean needed(Actor actor, HttpSession session) {
        if (factors.requiredByRole(actor)) {
            return true;
        }
        if (session != null && Long.valueOf(actor.accountId()).equals(session.getAttribute(NOT_NEEDED))) {
            return false;
        }
        boolean needed = factors.status(actor.accountId()) == SecondFactors.Status.ENROLLED;
        if (!needed && session != null) {
            session.setAttribute(NOT_NEEDED, actor.accountId());
        }
        return needed;
    }

    private static boolean allowed(String path) {
        return path.equals(PAGE) || path.equals(ENROL) || path.equals("/sign-out") || path.equals("/error")
                || path.equals("/favicon.ico") || STATIC.stream().anyMatch(path::startsWith);
    }

    private void checkApi(Actor actor, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean enrolled = factors.status(actor.accountId()) == SecondFactors.Status.ENROLLED;
        if (!enrolled && !factors.requiredByRole(actor)) {
            chain.doFilter(request, response);
            return;
        }
        if (!enrolled) {
            problem(request, response, 401, "second-factor-not-enrolled", 0);
            return;
        }
        String code = request.getHeader(HEADER);
        if (code == null || code.isBlank()) {
            problem(request, response, 401, "second-factor-required", 0);
            return;
        }
        SecondFactors.Check check = factors.check(actor.accountId(), code, true);
        switch (check.result()) {
            case ACCEPTED, RECOVERY_CODE_ACCEPTED -> chain.doFilter(request, response);
            case NOT_ENROLLED -> problem(request, response, 401, "second-factor-not-enrolled", 0);
            case THROTTLED -> problem(request, response, 429, "second-factor-throttled", check.retryAfterSeconds());
            case WRONG -> problem(request, response, 401, "second-factor-wrong-code", 0);
        }
    }

    private void problem(HttpServletRequest request, HttpServletResponse response, int status, String rule,
                         long retryAfter) throws IOException {
        Locale locale = locales.resolveLocale(request);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "https://concord.example.org/problems/" + rule);
        problem.put("title", messages.getMessage("second-factor.api.title", null, locale));
        problem.put("status", status);
        problem.put("detail", messages.getMessage("error." + rule,
                new Object[] {Math.max(1, (retryAfter + 59) / 60), HEADER}, locale));
        problem.put("header", HEADER);
        if (retryAfter > 0) {
            problem.put("retryAfterSeconds", retryAfter);
            response.setHeader("Retry-After", String.valueOf(retryAfter));
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
