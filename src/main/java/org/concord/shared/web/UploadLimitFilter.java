package org.concord.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A page's upload over the limit gets Concord's error page (413, in the reader's language, saying the limit, with a
 * link back to the form) instead of the servlet container's. Such an upload fails when its parts are first read,
 * which for a page is the CSRF check looking for its token (and Tomcat then answers with its own page); so this
 * filter, placed before Spring Security, reads the parts of a page's multipart request first. Reading them there
 * costs nothing more: the CSRF check would read them at the same point, before anyone is known to be signed in. The
 * API has no CSRF check: its uploads fail inside Spring MVC and get a problem document ({@link UploadLimitAdvice}).
 *
 * <p>The page is the error page, rendered by a forward to /error as a GET without a body, so that nothing on the way
 * reads the broken upload again. Tomcat reads and discards the rest of the upload after the answer (up to
 * server.tomcat.max-swallow-size, 2 GB by default), so that a browser still sending it sees the answer
 * rather than a connection reset.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10)
class UploadLimitFilter extends OncePerRequestFilter {

    /** Request attributes the error page reads. */
    static final String MESSAGE = "uploadTooLarge";
    static final String BACK = "uploadBack";
    /** Set (true) when the form had more fields than the container takes: the error page says so instead. */
    static final String TOO_MANY_FIELDS = "tooManyFields";

    private final UploadLimits limits;
    private final LocaleResolver locales;

    UploadLimitFilter(UploadLimits limits, LocaleResolver locales) {
        this.limits = limits;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        UploadLimits.Exceeded exceeded;
        try {
            request.getParts();
            exceeded = null;
        } catch (IllegalStateException | ServletException | IOException e) {
            exceeded = UploadLimits.of(e);
            if (exceeded == null) {
                // another fault of the upload: left to whatever reads it next, as before
                chain.doFilter(request, response);
                return;
            }
        }
        if (exceeded == null) {
            chain.doFilter(request, response);
            return;
        }
        String uri = request.getRequestURI();
        request.setAttribute(MESSAGE, limits.message(exceeded, locales.resolveLocale(request)));
        // back to the page that sent the form: this address, which a form posts to and a GET shows
        request.setAttribute(BACK, uri.startsWith("/") && !uri.startsWith("//") ? uri : "/");
        if (exceeded == UploadLimits.Exceeded.FIELDS) {
            request.setAttribute(TOO_MANY_FIELDS, true);
        }
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, exceeded.status().value());
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, uri);
        response.setStatus(exceeded.status().value());
        request.getRequestDispatcher("/error").forward(new WithoutBody(request), response);
    }

    /** The request as a GET without a body or parameters: what the error page may read of it. */
    private static final class WithoutBody extends HttpServletRequestWrapper {

        WithoutBody(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public int getContentLength() {
            return 0;
        }

        @Override
        public long getContentLengthLong() {
            return 0;
        }

        @Override
        public String getHeader(String name) {
            return "content-type".equalsIgnoreCase(name) || "content-length".equalsIgnoreCase(name) ? null
                    : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "content-type".equalsIgnoreCase(name) || "content-length".equalsIgnoreCase(name)
                    ? Collections.emptyEnumeration() : super.getHeaders(name);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public Collection<Part> getParts() {
            return List.of();
        }

        @Override
        public Part getPart(String name) {
            return null;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            throw new IOException("the upload was refused as too large; its body is not read");
        }
    }
}
