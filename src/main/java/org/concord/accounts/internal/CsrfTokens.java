package org.concord.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.concord.shared.web.PublicAddress;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.web.util.WebUtils;

/**
 * Where a page's CSRF token is kept without making every visitor a session: in the signed-in person's session, and
 * before that (the sign-in form) in a cookie the form must echo, so that an anonymous visit stores nothing in
 * PostgreSQL. Signing in replaces the cookie's token with one bound to the new session.
 */
class CsrfTokens implements CsrfTokenRepository {

    static final String COOKIE = "CONCORD-CSRF";

    private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();
    private final CookieCsrfTokenRepository cookies = new CookieCsrfTokenRepository();

    CsrfTokens(PublicAddress address) {
        cookies.setCookieName(COOKIE);
        cookies.setHeaderName("X-CSRF-TOKEN");
        cookies.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (address.https()) {
                cookie.secure(true);
            }
        });
    }

    private CsrfTokenRepository of(HttpServletRequest request) {
        return request.getSession(false) != null ? sessions : cookies;
    }

    @Override
    public CsrfToken generateToken(HttpServletRequest request) {
        return of(request).generateToken(request);
    }

    @Override
    public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
        if (token == null) {
            // signing in or out: neither the cookie's nor the session's token may serve again
            if (WebUtils.getCookie(request, COOKIE) != null) {
                cookies.saveToken(null, request, response);
            }
            if (request.getSession(false) != null) {
                sessions.saveToken(null, request, response);
            }
            return;
        }
        of(request).saveToken(token, request, response);
    }

    @Override
    public CsrfToken loadToken(HttpServletRequest request) {
        return of(request).loadToken(request);
    }
}
