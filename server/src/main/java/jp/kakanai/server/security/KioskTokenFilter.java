package jp.kakanai.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates a kiosk by its device token ({@code Authorization: Bearer <token>}) for this one
 * request (no session). The principal's name is the kiosk id and its only role is {@code KIOSK}.
 */
class KioskTokenFilter extends OncePerRequestFilter {
    static final String KIOSK_ROLE = "KIOSK";
    private static final String BEARER = "Bearer ";
    private final List<AccessProperties.KioskDevice> kiosks;

    KioskTokenFilter(List<AccessProperties.KioskDevice> kiosks) {
        this.kiosks = List.copyOf(kiosks);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Optional<String> kiosk = kioskOf(header.substring(BEARER.length()).trim());
            if (kiosk.isEmpty()) {
                JsonSecurityErrors.write(response, 401, "Unknown kiosk token.");
                return;
            }
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(kiosk.get(), null,
                    AuthorityUtils.createAuthorityList("ROLE_" + KIOSK_ROLE)));
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }

    private Optional<String> kioskOf(String token) {
        byte[] hash = sha256Hex(token).getBytes(StandardCharsets.US_ASCII);
        String found = null;
        for (AccessProperties.KioskDevice kiosk : kiosks) {
            // Compare with every device, in constant time, so timing tells nothing about the tokens.
            if (MessageDigest.isEqual(hash, kiosk.tokenSha256().getBytes(StandardCharsets.US_ASCII))) {
                found = kiosk.id();
            }
        }
        return Optional.ofNullable(found);
    }

    static String sha256Hex(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
