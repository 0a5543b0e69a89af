package org.concord.shared.cache;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Keeps the renderings of {@link PublicPage}s served to anonymous readers, per address, language and day, until the
 * data they show changes on any instance ({@link Precomputed}): a public page is read far more often than its data
 * is written. Runs after Spring Security, so that its rules and headers apply to every answer.
 *
 * <p>Only what an anonymous reader without a session receives is kept, and only for such readers: someone signed in
 * (a session, or the API's HTTP Basic) may see drafts or their own name in the header, so their pages are always
 * rendered for them. An answer that is not a 200, or that sets a cookie or starts a session, is not kept; nor are
 * requests that change the language ({@code ?lang=}, which sets a cookie).
 */
public final class PublicPageCache extends OncePerRequestFilter {

    /** Renderings larger than this are never kept. */
    static final int LARGEST = 4 << 20;

    record Key(String address, String language, boolean fragment, LocalDate day) {
    }

    /**
     * One kept answer, gzip-compressed when that makes it smaller (a country page's 2 MB of tables compress to 40 kB):
     * compressed once per version and sent as it is to every browser that accepts it (all do), inflated for a reader
     * that does not. The ETag is weak, as it names both forms.
     */
    record Rendering(byte[] content, boolean gzipped, String contentType, Locale locale, String etag) {
        long size() {
            return content.length;
        }

        byte[] plain() {
            if (!gzipped) {
                return content;
            }
            try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(content))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** Smaller bodies are sent as they are. */
    static final int COMPRESS_FROM = 1024;

    private record Page(PathPattern pattern, Precomputed<Key, Rendering> renderings) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final LocaleResolver locales;
    private final Clock clock;

    public PublicPageCache(List<PublicPage> publicPages, LocaleResolver locales, Clock clock) {
        this.locales = locales;
        this.clock = clock;
        for (PublicPage p : publicPages) {
            pages.add(new Page(PathPatternParser.defaultInstance.parse(p.pattern()),
                    new Precomputed<>(p.versions(), p.capacity(), Rendering::size)));
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Page page = eligible(request) ? page(request) : null;
        if (page == null) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        Key key = new Key(request.getRequestURI() + parameters(request), locale.toLanguageTag(),
                "true".equals(request.getHeader("HX-Request")), LocalDate.now(clock));
        ContentCachingResponseWrapper[] rendered = {null};
        Rendering kept;
        try {
            kept = page.renderings().get(key, () -> {
                ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
                rendered[0] = wrapper;
                try {
                    chain.doFilter(request, wrapper);
                } catch (IOException | ServletException e) {
                    throw new RenderingFailed(e);
                }
                return keepable(request, wrapper) ? rendering(wrapper) : null;
            });
        } catch (RenderingFailed e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) e.getCause();
        }
        if (rendered[0] != null) {
            // rendered here: its own answer, headers and all
            if (kept != null) {
                validators(response, kept);
            }
            rendered[0].copyBodyToResponse();
        } else if (kept != null) {
            write(request, response, kept);
        } else {
            // another request rendered it and could not keep it
            chain.doFilter(request, response);
        }
    }

    /** The request's parameters in a stable order, whichever order the address gave them in. */
    private static String parameters(HttpServletRequest request) {
        StringBuilder key = new StringBuilder();
        new java.util.TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            for (String value : values) {
                key.append(key.isEmpty() ? '?' : '&').append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                        .append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        });
        return key.toString();
    }

    /** An anonymous reader without a session, reading. */
    private static boolean eligible(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("lang") != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null || request.getSession(false) != null) {
            return false;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken;
    }

    private Page page(HttpServletRequest request) {
        var path = org.springframework.http.server.PathContainer.parsePath(
                request.getRequestURI().substring(request.getContextPath().length()));
        for (Page p : pages) {
            if (p.pattern().matches(path)) {
                return p;
            }
        }
        return null;
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        String type = response.getContentType();
        return response.getStatus() == 200 && request.getSession(false) == null
                && !response.containsHeader(HttpHeaders.SET_COOKIE) && response.getContentSize() <= LARGEST
                && type != null && (type.startsWith("text/html") || type.startsWith("application/json"));
    }

    private static Rendering rendering(ContentCachingResponseWrapper response) {
        byte[] body = response.getContentAsByteArray();
        String etag = "W/\"" + org.springframework.util.DigestUtils.md5DigestAsHex(body) + "\"";
        byte[] gzipped = gzip(body);
        return new Rendering(gzipped == null ? body : gzipped, gzipped != null, response.getContentType(),
                response.getLocale(), etag);
    }

    private static byte[] gzip(byte[] body) {
        if (body.length < COMPRESS_FROM) {
            return null;
        }
        var out = new java.io.ByteArrayOutputStream(body.length / 8);
        try (var gzip = new java.util.zip.GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.size() < body.length ? out.toByteArray() : null;
    }

    private static boolean acceptsGzip(HttpServletRequest request) {
        var accepted = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (accepted != null && accepted.hasMoreElements()) {
            for (String coding : accepted.nextElement().split(",")) {
                String[] parts = coding.trim().split(";");
                if (parts[0].trim().equalsIgnoreCase("gzip")
                        && (parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A kept page may be stored by the reader's browser and asked again with its ETag (answered 304 while it holds);
     * private, so that no shared cache hands it to someone signed in.
     */
    private static void validators(HttpServletResponse response, Rendering kept) {
        response.setHeader(HttpHeaders.ETAG, kept.etag());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Accept-Encoding, Cookie");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, Rendering kept) throws IOException {
        validators(response, kept);
        String asked = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (asked != null && java.util.Arrays.stream(asked.split(",")).map(String::trim).anyMatch(kept.etag()::equals)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(kept.contentType());
        response.setLocale(kept.locale());
        byte[] body;
        if (kept.gzipped() && acceptsGzip(request)) {
            body = kept.content();
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        } else {
            body = kept.plain();
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Carries a checked failure of the filter chain through the supplier. */
    private static final class RenderingFailed extends RuntimeException {
        RenderingFailed(Exception cause) {
            super(cause);
        }
    }
}
