package jp.kakanai.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. Two filter chains:
 * <ul>
 * <li>{@code /api/**}: kiosks by device token (check-in only), staff by the session of the staff pages
 * or by HTTP Basic (API clients, tests). Refusals are JSON 401/403, never a login page.</li>
 * <li>everything else: the pages; staff pages need a form login, the display board is public.</li>
 * </ul>
 * CSRF: the pages' JavaScript sends the {@code XSRF-TOKEN} cookie back as {@code X-XSRF-TOKEN}.
 * Requests with their own {@code Authorization} header carry no ambient credential a foreign site
 * could ride on (Basic is never challenged, so browsers never cache it), so they need no CSRF token.
 */
@Configuration
@ConditionalOnWebApplication
public class SecurityConfig {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String CLERK = StaffRole.CLERK.name();
    private static final String MANAGER = StaffRole.MANAGER.name();
    private static final RequestMatcher HAS_AUTHORIZATION_HEADER = r -> r.getHeader("Authorization") != null;
    private static final RequestMatcher PDF = r -> r.getRequestURI().endsWith(".pdf");

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService staffUsers(AccessProperties access) {
        if (access.staff().isEmpty()) {
            LOG.warn("No staff users configured (kakanai.security.staff[0].username/password-hash/roles): "
                    + "nobody can log in to the staff pages.");
        }
        var users = new InMemoryUserDetailsManager();
        access.staff().forEach(staff -> users.createUser(User.withUsername(staff.username())
                .password(staff.passwordHash())
                .roles(staff.roles().stream().map(Enum::name).toArray(String[]::new))
                .build()));
        return users;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessProperties access) throws Exception {
        if (access.kiosks().isEmpty()) {
            LOG.warn("No kiosks configured (kakanai.security.kiosks[0].id/token-sha256): nobody can check in.");
        }
        http.securityMatcher("/api/**")
                // 一括印刷 (issue 13): the interview page frames its PDF to call print() on it, so PDFs may be framed
                // by the server's own pages; everything else stays unframeable.
                .headers(headers -> headers.frameOptions(frame -> frame.disable())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(PDF,
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(PDF),
                                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY))))
                .addFilterBefore(new KioskTokenFilter(access.kiosks()), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        (request, response, e) -> JsonSecurityErrors.write(response, 401, "Authentication required.")))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(HAS_AUTHORIZATION_HEADER))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                JsonSecurityErrors.write(response, 401, "Authentication required."))
                        .accessDeniedHandler(SecurityConfig::deniedOnApi))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/visits").hasRole(KioskTokenFilter.KIOSK_ROLE)
                        // The ticket machine: kiosks issue tickets; its buttons are no secret.
                        .requestMatchers(HttpMethod.POST, "/api/tickets").hasRole(KioskTokenFilter.KIOSK_ROLE)
                        .requestMatchers(HttpMethod.GET, "/api/tickets/purposes").permitAll()
                        // 来庁予約 and 混雑状況: public phone pages; a booking is its code, no personal data.
                        .requestMatchers("/api/reservations", "/api/reservations/**", "/api/congestion").permitAll()
                        // Navigation: kiosks ask the questions and send the answers of their own visits.
                        .requestMatchers("/api/navigation", "/api/navigation/**")
                                .hasAnyRole(KioskTokenFilter.KIOSK_ROLE, CLERK, MANAGER)
                        // The town's address master: the kiosk's address picker and the interview (journeys).
                        .requestMatchers("/api/addresses/**")
                                .hasAnyRole(KioskTokenFilter.KIOSK_ROLE, CLERK, MANAGER)
                        .requestMatchers(HttpMethod.PUT, "/api/visits/*/checklist/facts")
                                .hasAnyRole(KioskTokenFilter.KIOSK_ROLE, CLERK, MANAGER)
                        .requestMatchers("/api/board/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/health").permitAll()
                        // The town pack's names and screen texts: nothing about a resident (TownResource).
                        .requestMatchers(HttpMethod.GET, "/api/town", "/api/town/messages/**").permitAll()
                        // The home page's QR code: public, stateless, stores nothing (HomeQrResource).
                        .requestMatchers(HttpMethod.POST, "/api/home-qr", "/api/home-qr/questions").permitAll()
                        .requestMatchers("/api/manager/**", "/api/privacy/**", "/api/town/versions",
                                "/api/town/versions/**").hasRole(MANAGER)
                        .anyRequest().hasAnyRole(CLERK, MANAGER));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.spa())
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .formLogin(login -> login.loginPage("/login.html").loginProcessingUrl("/login")
                        .defaultSuccessUrl("/staff/", false).failureUrl("/login.html?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login.html?logout"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login.html", "/css/**", "/js/**", "/board/**", "/reserve/**", "/congestion/**",
                                "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/home/**", "/home").permitAll()
                        .requestMatchers("/manager/**").hasRole(MANAGER)
                        .anyRequest().hasAnyRole(CLERK, MANAGER));
        return http.build();
    }

    /** An anonymous caller refused (for example by the CSRF check) must authenticate first: 401, not 403. */
    private static void deniedOnApi(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            JsonSecurityErrors.write(response, 401, "Authentication required.");
        } else if (e instanceof CsrfException) {
            JsonSecurityErrors.write(response, 403, "Missing or stale CSRF token: reload the page.");
        } else {
            JsonSecurityErrors.write(response, 403, "Not allowed for this account.");
        }
    }

    /** Makes sure the XSRF-TOKEN cookie exists before a page's script needs it (tokens load lazily). */
    private static final class CsrfCookieFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                token.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
