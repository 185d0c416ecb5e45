package jp.kakanai.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * How a refused sign-in is answered: the login page with a reason it can put in words (a wrong name or
 * password and nothing more; the wait; the lock; the code), and the API with JSON — 429 and
 * {@code Retry-After} while the caller must wait.
 */
final class SignInPages {
    private SignInPages() {
    }

    static void refusedOnPage(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String reason = "error";
        if (e instanceof SignInRefused.MustWait wait) {
            reason = "wait=" + wait.seconds();
        } else if (e instanceof LockedException) {
            reason = "locked";
        } else if (e instanceof SignInRefused.CodeNeeded) {
            reason = "code";
        } else if (e instanceof SignInRefused.NoAccount || (e instanceof OAuth2AuthenticationException oauth
                && "no_account".equals(oauth.getError().getErrorCode()))) {
            reason = "no-account";
        }
        // Every refusal carries "error" (clients check for it); the page shows the reason after it.
        response.sendRedirect("/login.html?error" + (reason.equals("error") ? "" : "&" + reason));
    }

    static void refusedOnApi(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof SignInRefused.MustWait wait) {
            response.setHeader("Retry-After", Long.toString(wait.seconds()));
            JsonSecurityErrors.write(response, 429, e.getMessage());
        } else if (e instanceof LockedException || e instanceof SignInRefused.CodeNeeded) {
            JsonSecurityErrors.write(response, 401, e.getMessage());
        } else {
            JsonSecurityErrors.write(response, 401, "Authentication required.");
        }
    }
}
