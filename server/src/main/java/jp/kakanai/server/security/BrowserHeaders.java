package jp.kakanai.server.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter.XFrameOptionsMode;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers that make a browser hold the staff pages to their own origin. Spring Security's defaults
 * stay (X-Content-Type-Options: nosniff, X-Frame-Options: DENY, no-store caching, and HSTS — written only
 * on a secure request, which behind a TLS-terminating proxy the forwarded headers make it; see
 * docs/deployment.md). Added here:
 * <ul>
 * <li>a Content-Security-Policy without inline script or style: a name with markup in it can never run
 * as script even where a page forgets to escape it; {@code connect-src} names the loopback addresses,
 * because the interview page talks to the desk's card reader on the clerk's own PC (kiosk.jar desk);</li>
 * <li>{@code Referrer-Policy: no-referrer}: visit ids are in the staff pages' addresses, and no other site
 * should learn them from a link a clerk follows.</li>
 * </ul>
 * The API's answers (JSON, PDF) get no CSP: a PDF with {@code object-src 'none'} does not open in
 * Chromium's viewer, and JSON is never rendered as a page (nosniff). 一括印刷 (issue 13): the interview page
 * frames a visit's PDF to call print() on it, so PDFs may be framed by the server's own pages (SAMEORIGIN);
 * every other answer stays unframeable (DENY).
 */
final class BrowserHeaders {
    static final String PAGES_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " font-src 'self'; connect-src 'self' http://127.0.0.1:* http://localhost:*; media-src 'self';"
            + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static final RequestMatcher PDF = r -> r.getRequestURI().endsWith(".pdf");

    private BrowserHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> forPages() {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> forApi() {
        return headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                .frameOptions(frame -> frame.disable())
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PDF,
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(PDF),
                        new XFrameOptionsHeaderWriter(XFrameOptionsMode.DENY)));
    }
}
