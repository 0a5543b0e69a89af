package org.concord.notifications.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.concord.shared.security.CurrentActor;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The unread count in the page header: one indexed count, only for a signed-in person and only when a whole page
 * is rendered (not for the API, redirects, or the fragments htmx asks for).
 */
@Configuration(proxyBeanMethods = false)
class UnreadCountInterceptor implements WebMvcConfigurer, HandlerInterceptor {

    private final NotificationQueries queries;

    UnreadCountInterceptor(NotificationQueries queries) {
        this.queries = queries;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/api/**");
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || (view.getViewName() != null && view.getViewName().startsWith("redirect:"))
                || "true".equals(request.getHeader("HX-Request"))) {
            return;
        }
        CurrentActor.find().ifPresent(actor -> view.addObject("unreadNotifications", queries.unreadCount(actor.accountId())));
    }
}
