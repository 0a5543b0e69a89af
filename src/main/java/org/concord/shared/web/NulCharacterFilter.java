package org.concord.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose address or parameters hold a NUL character with 400 (a problem document for the API, the
 * error page otherwise). No field accepts one, and PostgreSQL refuses it in text, so it would otherwise surface as a
 * server error deep in whatever command the request reached. Multipart bodies are left to the upload's own checks,
 * since reading their parts here would read the whole upload before its size is checked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class NulCharacterFilter extends OncePerRequestFilter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offending = offending(request);
        if (offending == null) {
            chain.doFilter(request, response);
            return;
        }
        String detail = "The " + offending + " contains a NUL character, which no field accepts.";
        if (request.getRequestURI().startsWith("/api/")) {
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", "Bad Request");
            problem.put("status", 400);
            problem.put("detail", detail);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(JSON.writeValueAsString(problem));
        } else {
            response.sendError(HttpStatus.BAD_REQUEST.value(), detail);
        }
    }

    /** What holds a NUL: "address", or "parameter NAME"; null when nothing does. */
    private static String offending(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri != null && (uri.indexOf('\0') >= 0 || uri.toLowerCase(java.util.Locale.ROOT).contains("%00"))) {
            return "address";
        }
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasNul(parameter.getKey())) {
                return "parameter name";
            }
            for (String value : parameter.getValue()) {
                if (hasNul(value)) {
                    return "parameter " + parameter.getKey();
                }
            }
        }
        return null;
    }

    private static boolean hasNul(String s) {
        return s != null && s.indexOf('\0') >= 0;
    }
}
