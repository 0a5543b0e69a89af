package org.concord.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session's rights follow its account at once, on every instance: each request of a signed-in session asks the
 * database whether the account changed since the session last looked (one read of the row's version). After a change
 * of roles the session carries on with the account's present roles; once the account is deactivated, or its password
 * was reset or changed elsewhere, the session ends and the person is sent to sign in again. The API needs no such
 * check: it signs in on every request.
 */
class AccountSessionCheck extends OncePerRequestFilter {

    static final String ENDED = "/sign-in?ended";

    private final AccountDetails accounts;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountSessionCheck(AccountDetails accounts) {
        this.accounts = accounts;
    }

    /** Public files, which ask nothing of the account: a page's styles and scripts add no reads. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
                || path.startsWith("/images/") || path.startsWith("/geo/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountPrincipal signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<AccountPrincipal> current = accounts.current(signedIn);
        if (current.isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + ENDED);
            return;
        }
        if (current.get() != signedIn) {
            AccountPrincipal principal = current.get();
            UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                    principal, null, principal.getAuthorities());
            token.setDetails(auth.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(token);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
        }
        chain.doFilter(request, response);
    }
}
