package jp.kakanai.server.ratelimit;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link PublicRateLimitFilter} ahead of Spring Security's filter chain (order -100), for
 * {@code /api/*} only, so that a
 * client over its limit costs neither a session lookup nor a password check. The security configuration may
 * reorder it by this constant.
 */
@Configuration
class RateLimitSetup {
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    PublicRateLimitFilter publicRateLimitFilter(RateLimitProperties properties) {
        return new PublicRateLimitFilter(properties);
    }

    @Bean
    FilterRegistrationBean<PublicRateLimitFilter> publicRateLimitRegistration(PublicRateLimitFilter filter) {
        FilterRegistrationBean<PublicRateLimitFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(ORDER);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
