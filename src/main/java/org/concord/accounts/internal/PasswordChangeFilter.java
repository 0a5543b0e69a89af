package org.concord.accounts.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a person replaces a one-time password, the only thing they can do is replace it (or sign out); the files the
 * page is made of (style sheets, scripts, images, map shapes: every folder of {@code static/}, and WebJars) load.
 */
class PasswordChangeFilter extends OncePerRequestFilter {

    static final String PAGE = "/account/password";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()
                && !allowed(path)) {
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN, "Password change required");
            } else {
                response.sendRedirect(request.getContextPath() + PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** The folders of {@code src/main/resources/static} and WebJars; PasswordChangePageResourcesTest checks all. */
    private static final java.util.List<String> STATIC = java.util.List.of("/css/", "/js/", "/images/", "/geo/",
            "/webjars/");

    private static boolean allowed(String path) {
        return path.equals(PAGE) || path.equals("/sign-out") || STATIC.stream().anyMatch(path::startsWith)
                || path.equals("/error") || path.equals("/favicon.ico");
    }
}
