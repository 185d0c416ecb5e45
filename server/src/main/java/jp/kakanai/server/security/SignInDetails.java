package jp.kakanai.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Where a sign-in comes from (the address, forwarded by the TLS proxy) and the one-time code typed with it. */
public final class SignInDetails extends WebAuthenticationDetails {
    private final String code;

    public SignInDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
    }

    Optional<String> code() {
        return Optional.ofNullable(code).map(String::strip).filter(c -> !c.isEmpty());
    }
}
