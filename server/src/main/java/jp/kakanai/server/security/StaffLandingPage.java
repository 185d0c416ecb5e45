package jp.kakanai.server.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import jp.kakanai.server.account.StaffRole;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a sign-in: it is logged, and the staff member lands on the page they asked for, else on the first
 * page their roles open — the counter list for clerks, the dashboard for managers, the access log for
 * auditors, the accounts for administrators, their own account page when the password must be changed
 * first — never a page that would answer 403.
 */
final class StaffLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {
    private final SignInEvents events;
    private final String how;

    StaffLandingPage(SignInEvents events, String how) {
        this.events = events;
        this.how = how;
        setDefaultTargetUrl("/staff/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication who)
            throws ServletException, IOException {
        events.signedIn(who.getName(), how, request.getRemoteAddr());
        if (StaffAuthorities.names(who.getAuthorities()).contains(StaffAuthorities.PASSWORD_CHANGE)) {
            clearAuthenticationAttributes(request);
            getRedirectStrategy().sendRedirect(request, response, "/account/?change");
            return;
        }
        super.onAuthenticationSuccess(request, response, who);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication who) {
        return landingOf(StaffAuthorities.names(who.getAuthorities()));
    }

    static String landingOf(Set<String> authorities) {
        if (authorities.contains("ROLE_" + StaffRole.CLERK) || authorities.contains("ROLE_" + StaffRole.ONE_STOP)) {
            return "/staff/";
        }
        if (authorities.contains("ROLE_" + StaffRole.MANAGER)) {
            return "/manager/";
        }
        if (authorities.contains("ROLE_" + StaffRole.AUDITOR)) {
            return "/audit/";
        }
        if (authorities.contains("ROLE_" + StaffRole.ADMIN)) {
            return "/admin/";
        }
        return "/account/";
    }
}
