package jp.kakanai.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

/**
 * After a sign-out: the log says who and why (the button, or the page's own idle timer), the browser goes
 * to the login page, which says so.
 */
final class SignOutPage implements LogoutSuccessHandler {
    private final SignInEvents events;

    SignOutPage(SignInEvents events) {
        this.events = events;
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication who)
            throws IOException {
        boolean idle = "idle".equals(request.getParameter("reason"));
        if (who != null) {
            events.signedOut(who.getName(), idle ? "idle" : "signed out", request.getRemoteAddr());
        }
        response.sendRedirect(idle ? "/login.html?idle" : "/login.html?logout");
    }
}
