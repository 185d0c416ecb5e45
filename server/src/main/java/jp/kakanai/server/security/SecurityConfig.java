package jp.kakanai.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
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
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. Two filter chains:
 * <ul>
 * <li>{@code /api/**}: kiosks by device token (check-in only), staff by the session of the staff pages
 * or by HTTP Basic (API clients, tests). Refusals are JSON 401/403, never a login page.</li>
 * <li>everything else: the pages; staff pages need a form login, the display board is public.</li>
 * </ul>
 * CSRF: the pages' JavaScript sends the {@code XSRF-TOKEN} cookie back as {@code X-XSRF-TOKEN}. It is
 * checked on every request that carries the session cookie, whatever other headers it has: only a
 * request with its own {@code Authorization} header and no session cookie (an API client, a kiosk)
 * carries no ambient credential a foreign site could ride on (Basic is never challenged, so browsers
 * never cache it), and only that one goes without the token.
 */
@Configuration
@ConditionalOnWebApplication
public class SecurityConfig {
    private static final Logger LOG = LoggerFactory.getLogger(SecurityConfig.class);
    private static final String CLERK = StaffRole.CLERK.name();
    private static final String MANAGER = StaffRole.MANAGER.name();
    private static final String AUDITOR = StaffRole.AUDITOR.name();
    static final String SESSION_COOKIE = "SESSION";
    private static final RequestMatcher OWN_CREDENTIALS_ONLY = r -> r.getHeader("Authorization") != null
            && (r.getCookies() == null || Arrays.stream(r.getCookies()).noneMatch(c -> SESSION_COOKIE.equals(c.getName())));

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
                .addFilterBefore(new KioskTokenFilter(access.kiosks()), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        (request, response, e) -> JsonSecurityErrors.write(response, 401, "Authentication required.")))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(OWN_CREDENTIALS_ONLY))
                .headers(BrowserHeaders.forApi())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                JsonSecurityErrors.write(response, 401, "Authentication required."))
                        .accessDeniedHandler(SecurityConfig::deniedOnApi))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/visits").hasRole(KioskTokenFilter.KIOSK_ROLE)
                        // Navigation: kiosks ask the questions and send the answers of their own visits.
                        .requestMatchers("/api/navigation", "/api/navigation/**")
                                .hasAnyRole(KioskTokenFilter.KIOSK_ROLE, CLERK, MANAGER)
                        .requestMatchers(HttpMethod.PUT, "/api/visits/*/checklist/facts")
                                .hasAnyRole(KioskTokenFilter.KIOSK_ROLE, CLERK, MANAGER)
                        .requestMatchers("/api/board/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/health").permitAll()
                        // The home page's QR code: public, stateless, stores nothing (HomeQrResource).
                        .requestMatchers(HttpMethod.POST, "/api/home-qr", "/api/home-qr/questions").permitAll()
                        .requestMatchers("/api/manager/**", "/api/privacy/**").hasRole(MANAGER)
                        .requestMatchers("/api/access-log", "/api/access-log/**").hasAnyRole(MANAGER, AUDITOR)
                        .anyRequest().hasAnyRole(CLERK, MANAGER));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.csrf(csrf -> csrf.spa())
                .headers(BrowserHeaders.forPages())
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .formLogin(login -> login.loginPage("/login.html").loginProcessingUrl("/login")
                        .successHandler(new StaffLandingPage()).failureUrl("/login.html?error").permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login.html?logout"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login.html", "/css/**", "/js/**", "/board/**", "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/home/**", "/home").permitAll()
                        .requestMatchers("/manager/**").hasRole(MANAGER)
                        .requestMatchers("/audit/**").hasAnyRole(MANAGER, AUDITOR)
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
