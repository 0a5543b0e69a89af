package org.concord.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends a failed sign-in back to the form with the reason, as a code the page translates. */
class SignInFailure implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String target;
        if (exception instanceof SignInThrottledException throttled) {
            target = (throttled.wholeAddress() ? "/sign-in?throttled-address=" : "/sign-in?throttled=") + throttled.minutes();
        } else if (exception instanceof DisabledException) {
            target = "/sign-in?deactivated";
        } else {
            target = "/sign-in?error";
        }
        response.sendRedirect(request.getContextPath() + target);
    }
}
