package org.concord.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Concord's public address ({@code concord.base-url}), as people's browsers reach it: the origin every absolute
 * redirect points to (never the request's {@code Host} header), and whether browsers reach Concord over HTTPS.
 */
@Component
public class PublicAddress {

    private final String origin;
    private final boolean https;

    public PublicAddress(@Value("${concord.base-url:http://localhost:8080}") String baseUrl) {
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw invalid(baseUrl);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw invalid(baseUrl);
        }
        this.https = scheme.equals("https");
        this.origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static IllegalStateException invalid(String baseUrl) {
        return new IllegalStateException("concord.base-url (CONCORD_BASE_URL) must be the absolute http or https address "
                + "people open Concord at, such as https://concord.example.org; it is '" + baseUrl + "'");
    }

    /** {@code scheme://host[:port]} of the public address, without a trailing slash. */
    public String origin() {
        return origin;
    }

    /** Whether the public address is https: then every cookie is Secure and browsers are told to keep to HTTPS. */
    public boolean https() {
        return https;
    }

    /**
     * Whether {@code request} is to be treated as having come over HTTPS: it did (directly, or as a trusted proxy's
     * {@code X-Forwarded-Proto} says), or Concord's public address is https, so a browser only ever reaches it so.
     */
    public boolean secure(HttpServletRequest request) {
        return https || request.isSecure();
    }
}
