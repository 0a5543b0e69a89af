package org.concord.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.net.URI;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect stays on Concord's public address. A relative location ({@code /sign-in}) is sent as it is (the
 * browser resolves it against the address it opened; {@code server.tomcat.use-relative-redirects} keeps Tomcat from
 * completing it with the request's {@code Host}), except to an HTTP/1.0 request, which needs an absolute one: that
 * gets it on {@code concord.base-url}, as does every absolute location, which frameworks build from the request's
 * {@code Host} header (the page to return to after signing in). Concord never redirects to another site; one that
 * should (an OpenID provider) is to be named here explicitly.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicAddressRedirects extends OncePerRequestFilter {

    /** A scheme ({@code https:}), or an authority without one ({@code //host}, which browsers also read in {@code /\host}). */
    private static final Pattern ABSOLUTE = Pattern.compile("^\\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:|[/\\\\]{2})");
    private static final Pattern ORIGIN = Pattern.compile("^\\s*(?:[a-zA-Z][a-zA-Z0-9+.-]*:)?(?:[/\\\\]{2}[^/\\\\?#]*)?");

    private final PublicAddress address;

    PublicAddressRedirects(PublicAddress address) {
        this.address = address;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new OnPublicAddress(request, response));
    }

    /**
     * {@code location} when it is relative (and {@code absolute} is false); else the same path, query and fragment on
     * the public address {@code origin}, a relative one resolved against {@code requestUri}.
     */
    static String onPublicAddress(String location, String origin, String requestUri, boolean absolute) {
        if (location == null) {
            return null;
        }
        // browsers drop tabs and line breaks from an address, so "/\t/host" is "//host" to them
        String read = location.replaceAll("[\t\n\r]", "");
        if (!ABSOLUTE.matcher(read).find()) {
            if (!absolute) {
                return location;
            }
            try {
                return URI.create(origin + requestUri).resolve(read).toString();
            } catch (IllegalArgumentException e) {
                return origin + "/";
            }
        }
        String rest = ORIGIN.matcher(read).replaceFirst("").replaceFirst("^[/\\\\]+", "");
        return origin + "/" + rest;
    }

    private final class OnPublicAddress extends HttpServletResponseWrapper {

        private final String requestUri;
        private final boolean absolute;

        OnPublicAddress(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.requestUri = request.getRequestURI();
            this.absolute = "HTTP/1.0".equals(request.getProtocol());
        }

        private String rewrite(String location) {
            return onPublicAddress(location, address.origin(), requestUri, absolute);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            super.sendRedirect(rewrite(location));
        }

        @Override
        public void sendRedirect(String location, int sc) throws IOException {
            super.sendRedirect(rewrite(location), sc);
        }

        @Override
        public void sendRedirect(String location, boolean clearBuffer) throws IOException {
            super.sendRedirect(rewrite(location), clearBuffer);
        }

        @Override
        public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
            super.sendRedirect(rewrite(location), sc, clearBuffer);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? rewrite(value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            super.addHeader(name, HttpHeaders.LOCATION.equalsIgnoreCase(name) ? rewrite(value) : value);
        }
    }
}
