package jp.kakanai.server.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token buckets (Bucket4j) per client address for the public endpoints: anyone on the internet may poll the
 * board, a ticket's status or the congestion page, so no one client may make the others wait. Over the limit
 * the answer is 429 with {@code Retry-After}, before any work is done. Its own servlet filter, registered by
 * {@link RateLimitSetup} at {@link RateLimitSetup#ORDER}, so that the security configuration can order it.
 *
 * <p>The address is the connection's ({@code getRemoteAddr()}); behind a reverse proxy set
 * {@code server.forwarded-headers-strategy=native} so that Tomcat takes it from {@code X-Forwarded-For} of the
 * trusted proxy. Buckets live in this server's memory: with several servers each limits its share, which is
 * the point (protecting this server's CPU), not an exact town-wide count.
 */
public class PublicRateLimitFilter extends OncePerRequestFilter {
    /** Above this many addresses, idle ones are dropped at once rather than at the next scheduled sweep. */
    private static final int FORGET_ABOVE = 50_000;
    private final RateLimitProperties properties;
    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public PublicRateLimitFilter(RateLimitProperties properties) {
        this(properties, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With a time source of the caller's (tests let a minute pass at once). */
    PublicRateLimitFilter(RateLimitProperties properties, TimeMeter time) {
        this.properties = properties;
        this.time = time;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !properties.enabled() || !properties.covers(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ConsumptionProbe probe = bucketOf(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"error\": \"Too many requests from this address; try again in " + seconds
                + " s.\"}");
    }

    private Bucket bucketOf(String address) {
        if (buckets.size() > FORGET_ABOVE) {
            forgetIdle();
        }
        return buckets.computeIfAbsent(address, a -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(properties.perMinute())
                        .refillGreedy(properties.perMinute(), Duration.ofMinutes(1)))
                .build());
    }

    /** Drops the buckets that are full again (quiet for a minute or more: nothing worth keeping), every 5 min. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
    public void forgetIdle() {
        buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= properties.perMinute());
    }

    int trackedAddresses() {
        return buckets.size();
    }
}
