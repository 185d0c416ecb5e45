package jp.kakanai.server.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.account.SecondFactors;
import jp.kakanai.server.account.StaffAccounts;
import jp.kakanai.server.account.StaffRole;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may call what. Two filter chains:
 * <ul>
 * <li>{@code /api/**}: kiosks by device token (check-in only), staff by the session of the staff pages
 * or by HTTP Basic (API clients, tests). Refusals are JSON 401/403/429, never a login page.</li>
 * <li>everything else: the pages; staff pages need a sign-in (password, the town's directory or OpenID
 * Connect, a one-time code where the account has one), the display board and home page are public.</li>
 * </ul>
 * Every password sign-in goes through {@link ThrottledSignIn} (delays, lockout, second factor, log).
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
    static final String SESSION_COOKIE = "SESSION";
    private static final String KIOSK = KioskTokenFilter.KIOSK_ROLE;
    private static final String CLERK = StaffRole.CLERK.name();
    private static final String ONE_STOP = StaffRole.ONE_STOP.name();
    private static final String MANAGER = StaffRole.MANAGER.name();
    private static final String AUDITOR = StaffRole.AUDITOR.name();
    private static final String ADMIN = StaffRole.ADMIN.name();
    private static final RequestMatcher OWN_CREDENTIALS_ONLY = r -> r.getHeader("Authorization") != null
            && (r.getCookies() == null || Arrays.stream(r.getCookies()).noneMatch(c -> SESSION_COOKIE.equals(c.getName())));

    @Bean
    ThrottledSignIn signIn(StaffAccounts accounts, PasswordEncoder encoder, ObjectProvider<DirectorySignIn> directory,
                           SignInThrottle throttle, SecondFactors secondFactors, SignInEvents events, OfficeClock clock,
                           TransactionTemplate transaction,
                           @Value("${kakanai.security.lockout:30m}") Duration lockout) {
        DaoAuthenticationProvider local = new DaoAuthenticationProvider(new StaffUserDetails(accounts));
        local.setPasswordEncoder(encoder);
        List<AuthenticationProvider> providers = new ArrayList<>(List.of(local));
        directory.ifAvailable(d -> providers.add(d.provider()));
        return new ThrottledSignIn(new ProviderManager(providers), throttle, accounts, secondFactors, events, clock,
                transaction, lockout);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AccessProperties access, ThrottledSignIn signIn) throws Exception {
        if (access.kiosks().isEmpty()) {
            LOG.warn("No kiosks configured (kakanai.security.kiosks[0].id/token-sha256): nobody can check in.");
        }
        http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(signIn))
                .addFilterBefore(new KioskTokenFilter(access.kiosks()), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(SignInPages::refusedOnApi))
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(OWN_CREDENTIALS_ONLY))
                .headers(BrowserHeaders.forApi())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(SignInPages::refusedOnApi)
                        .accessDeniedHandler(SecurityConfig::deniedOnApi))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/visits").hasRole(KIOSK)
                        // The ticket machine: kiosks issue tickets; its buttons are no secret.
                        .requestMatchers(HttpMethod.POST, "/api/tickets").hasRole(KIOSK)
                        .requestMatchers(HttpMethod.GET, "/api/tickets/purposes").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/office-hours").permitAll()
                        // 来庁予約 and 混雑状況: public phone pages; a booking is its code, no personal data.
                        .requestMatchers("/api/reservations", "/api/reservations/**", "/api/congestion").permitAll()
                        // Navigation: kiosks ask the questions and send the answers of their own visits.
                        .requestMatchers("/api/navigation", "/api/navigation/**").hasAnyRole(KIOSK, CLERK, ONE_STOP)
                        // The town's 町字 list is public (the home page offers it for a move): no resident's data.
                        .requestMatchers(HttpMethod.GET, "/api/addresses/town").permitAll()
                        // The town's address master: the kiosk's address picker and the interview (journeys).
                        .requestMatchers("/api/addresses/**").hasAnyRole(KIOSK, CLERK, ONE_STOP)
                        .requestMatchers(HttpMethod.PUT, "/api/visits/*/checklist/facts").hasAnyRole(KIOSK, CLERK, ONE_STOP)
                        // A kiosk's dead ends still give a ticket to the staff desk (kiosk package).
                        .requestMatchers(HttpMethod.PUT, "/api/kiosk/help-requests/*").hasRole(KIOSK)
                        // The same resident twice the same day: the kiosk asks whether to add to the first visit.
                        .requestMatchers(HttpMethod.POST, "/api/kiosk/earlier-visits").hasRole(KIOSK)
                        .requestMatchers(HttpMethod.PUT, "/api/kiosk/visits/*/additions/*").hasRole(KIOSK)
                        // Each resident's session at the kiosk, for the manager's figures (no personal data).
                        .requestMatchers(HttpMethod.POST, "/api/kiosk/sessions").hasRole(KIOSK)
                        .requestMatchers("/api/board/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/health", "/api/sign-in-options").permitAll()
                        // The town pack's names and screen texts: nothing about a resident (TownResource).
                        .requestMatchers(HttpMethod.GET, "/api/town", "/api/town/messages/**").permitAll()
                        // The home page's QR code: public, stateless, stores nothing (HomeQrResource).
                        .requestMatchers(HttpMethod.POST, "/api/home-qr", "/api/home-qr/questions").permitAll()
                        .requestMatchers("/api/manager/**", "/api/privacy/**").hasRole(MANAGER)
                        // Town pack versions (upload, restore): managers until security's ADMIN role takes them.
                        .requestMatchers("/api/town/versions", "/api/town/versions/**").hasRole(MANAGER)
                        .requestMatchers("/api/access-log", "/api/access-log/**").hasAnyRole(MANAGER, AUDITOR)
                        .requestMatchers("/api/admin/**").hasRole(ADMIN)
                        .requestMatchers("/api/account", "/api/account/**").authenticated()
                        .requestMatchers("/api/interviews", "/api/interviews/**").hasRole(ONE_STOP)
                        .anyRequest().hasAnyRole(CLERK, ONE_STOP));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ThrottledSignIn signIn, SignInEvents events, StaffAccounts accounts,
                              OfficeClock clock, ObjectProvider<ClientRegistrationRepository> openIdConnect,
                              OpenIdProperties oidc) throws Exception {
        OpenIdSignIn openIdUsers = new OpenIdSignIn(accounts, events, clock, oidc.usernameClaim());
        // One manager for the page's sign-ins: passwords through ThrottledSignIn, OpenID Connect's code
        // exchange (when configured) through Spring's provider with our user service; no fallback parent.
        ProviderManager pageSignIns = openIdConnect.getIfAvailable() == null ? new ProviderManager(signIn)
                : new ProviderManager(signIn, new OidcAuthorizationCodeAuthenticationProvider(
                        new RestClientAuthorizationCodeTokenResponseClient(), openIdUsers));
        http.csrf(csrf -> csrf.spa())
                .authenticationManager(pageSignIns)
                .headers(BrowserHeaders.forPages())
                .addFilterAfter(new CsrfCookieFilter(), BasicAuthenticationFilter.class)
                .formLogin(login -> login.loginPage("/login.html").loginProcessingUrl("/login")
                        .authenticationDetailsSource(SignInDetails::new)
                        .successHandler(new StaffLandingPage(events, "password"))
                        .failureHandler(SignInPages::refusedOnPage).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(new SignOutPage(events)))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login.html", "/css/**", "/js/**", "/board/**", "/reserve/**", "/congestion/**",
                                "/favicon.ico", "/error")
                        .permitAll()
                        .requestMatchers("/home/**", "/home").permitAll()
                        .requestMatchers("/manager/**").hasRole(MANAGER)
                        .requestMatchers("/audit/**").hasAnyRole(MANAGER, AUDITOR)
                        .requestMatchers("/admin/**").hasRole(ADMIN)
                        .requestMatchers("/account/**").authenticated()
                        .requestMatchers("/staff/interview.html", "/staff/confirm.html").hasRole(ONE_STOP)
                        .anyRequest().hasAnyRole(CLERK, ONE_STOP));
        if (openIdConnect.getIfAvailable() != null) {
            http.oauth2Login(login -> login.loginPage("/login.html")
                    .userInfoEndpoint(info -> info.oidcUserService(openIdUsers))
                    .successHandler(new StaffLandingPage(events, "OpenID Connect"))
                    .failureHandler(SignInPages::refusedOnPage));
        }
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
        } else if (StaffAuthorities.names(authentication.getAuthorities()).contains(StaffAuthorities.PASSWORD_CHANGE)) {
            JsonSecurityErrors.write(response, 403, "Change your password first (/account/).");
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
