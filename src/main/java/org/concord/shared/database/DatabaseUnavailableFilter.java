package org.concord.shared.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * While the database does not answer, a request gets 503 at once (the error page, or a problem document for the API,
 * with Retry-After) instead of waiting for a connection; a request that fails because the database went away gets the
 * same, rather than the generic error page. Health checks and static files pass, so that the probes can tell and the
 * error page keeps its style. Ahead of the session and security filters, which would ask the database themselves.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final List<String> PASSING = List.of("/actuator/", "/css/", "/js/", "/images/", "/geo/", "/webjars/",
            "/favicon.ico", "/error");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DatabaseAvailability availability;

    DatabaseUnavailableFilter(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return PASSING.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!availability.available()) {
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseAvailability.unreachable(e) || response.isCommitted()) {
                throw e;
            }
            availability.lost(e);
            response.reset();
            refuse(request, response);
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Service Unavailable");
            problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            problem.put("detail", "The database does not answer at the moment. Try again in a few seconds.");
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.writeValueAsString(problem));
        } else {
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }
}
