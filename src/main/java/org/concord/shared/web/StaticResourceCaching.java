package org.concord.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * How long browsers keep static resources (CSS, scripts, images, country shapes, webjars). Pages name them by
 * versioned addresses that carry a hash of their content ({@code concord-0a1b….css}, Spring's content version
 * strategy with ResourceUrlEncodingFilter), so such an address always means the same bytes: kept a year, never asked
 * again. The plain address of the same file is asked again each time (ETag, Last-Modified), so that it never serves
 * an old version. Set before the resource is written, so Spring Security's no-store (for pages) does not apply.
 */
class StaticResourceCaching extends OncePerRequestFilter {

    static final String VERSIONED = "public, max-age=31536000, immutable";
    static final String UNVERSIONED = "public, no-cache";

    /** A name with the content strategy's version: an MD5 hex digest before the extension. */
    private static final Pattern VERSION = Pattern.compile("-[0-9a-f]{32}\\.[^/]+$");

    static final String[] PATHS = {"/css/", "/js/", "/images/", "/geo/", "/webjars/"};

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        for (String p : PATHS) {
            if (path.startsWith(p)) {
                return false;
            }
        }
        return !"/favicon.ico".equals(path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL,
                VERSION.matcher(request.getRequestURI()).find() ? VERSIONED : UNVERSIONED);
        chain.doFilter(request, response);
    }
}
