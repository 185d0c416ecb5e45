package jp.kakanai.publicside;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jp.kakanai.server.api.ApiError;
import jp.kakanai.server.api.ApiJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * What the public side answers: its pages and their APIs, and 404 for every other address — a staff API, a
 * staff page, the sign-in page: as if they did not exist, since here they do not. Nobody signs in, so there
 * are no sessions and no cookies; CSRF protects a session cookie and there is none to protect (a booking by a
 * forged form is a booking anyone could make with the page itself, and the rate limit covers both). Headers as
 * on the staff pages: a Content-Security-Policy without inline script or style and with no loopback
 * {@code connect-src} (the card reader is the staff side's), Referrer-Policy no-referrer (a booking's code is
 * in its page's address), X-Frame-Options DENY, nosniff, HSTS when the request came over TLS (the proxy's
 * forwarded headers, docs/deployment.md).
 */
@Configuration
class PublicSideSecurity {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " font-src 'self'; connect-src 'self'; media-src 'self'; object-src 'none'; base-uri 'none';"
            + " form-action 'self'; frame-ancestors 'none'";
    /** The pages and the files they load (the board's and the phone pages' scripts import two shared modules). */
    static final String[] PAGES = {"/", "/board", "/board/**", "/congestion", "/congestion/**", "/home", "/home/**",
            "/reserve", "/reserve/**", "/css/public.css", "/js/labels.js", "/js/csrf.js", "/favicon.ico", "/error"};
    static final String[] READ_API = {"/api/board", "/api/board/**", "/api/congestion", "/api/reservations/**",
            "/api/town", "/api/town/messages/**", "/api/addresses/town", "/api/health"};
    static final String[] WRITE_API = {"/api/reservations", "/api/reservations/*/cancel", "/api/home-qr",
            "/api/home-qr/questions"};

    @Bean
    SecurityFilterChain publicSideRules(HttpSecurity http) throws Exception {
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> notHere(request, response))
                        .accessDeniedHandler((request, response, e) -> notHere(request, response)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, PAGES).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PAGES).permitAll()
                        .requestMatchers(HttpMethod.GET, READ_API).permitAll()
                        .requestMatchers(HttpMethod.POST, WRITE_API).permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }

    /** Anything else is not part of this application: 404, in the API's JSON shape under /api. */
    private static void notHere(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(404);
        if (request.getRequestURI().startsWith("/api/")) {
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            ApiJson.mapper().writeValue(response.getOutputStream(), ApiError.of("Not found."));
        }
    }
}
