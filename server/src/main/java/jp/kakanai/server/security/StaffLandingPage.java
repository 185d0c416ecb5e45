package jp.kakanai.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * Where a staff member lands after signing in: the page they asked for, else the first page their roles
 * open — the counter list for clerks and managers, the access log for auditors, the accounts for
 * administrators — never a page that would answer 403.
 */
final class StaffLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {
    StaffLandingPage() {
        setDefaultTargetUrl("/staff/");
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        return landingOf(authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet()));
    }

    static String landingOf(Set<String> authorities) {
        if (authorities.contains("ROLE_" + StaffRole.CLERK) || authorities.contains("ROLE_" + StaffRole.MANAGER)) {
            return "/staff/";
        }
        if (authorities.contains("ROLE_" + StaffRole.AUDITOR)) {
            return "/audit/";
        }
        return "/staff/";
    }
}
