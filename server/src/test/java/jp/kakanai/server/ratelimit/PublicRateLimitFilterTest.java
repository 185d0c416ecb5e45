package jp.kakanai.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The real filter and Bucket4j buckets, driven with Spring's servlet request objects. */
class PublicRateLimitFilterTest {
    private final AtomicLong nanos = new AtomicLong();
    private final PublicRateLimitFilter filter = new PublicRateLimitFilter(new RateLimitProperties(true, 3, null),
            new TimeMeter() {
                @Override
                public long currentTimeNanos() {
                    return nanos.get();
                }

                @Override
                public boolean isWallClockBased() {
                    return false;
                }
            });

    @Test
    void anAddressOverItsLimitIsAnswered429WithRetryAfterBeforeAnyWork() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(get("/api/board", "203.0.113.7").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = get("/api/board/tickets/A-001", "203.0.113.7");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentAsString()).startsWith("{\"error\": \"Too many requests");

        nanos.addAndGet(Duration.ofSeconds(Long.parseLong(refused.getHeader("Retry-After"))).toNanos());
        assertThat(get("/api/board", "203.0.113.7").getStatus()).as("after Retry-After").isEqualTo(200);
    }

    @Test
    void otherAddressesAndNonPublicPathsAreNotHeldUp() throws Exception {
        for (int i = 0; i < 5; i++) {
            get("/api/board", "203.0.113.8");
        }
        assertThat(get("/api/board", "198.51.100.1").getStatus()).isEqualTo(200);
        assertThat(get("/api/visits", "203.0.113.8").getStatus()).as("staff and kiosk API").isEqualTo(200);
        assertThat(get("/api/boarding", "203.0.113.8").getStatus()).as("a prefix, not a path").isEqualTo(200);
    }

    @Test
    void switchedOffItLimitsNothing() throws Exception {
        var off = new PublicRateLimitFilter(new RateLimitProperties(false, 1, List.of("/api/board")));
        for (int i = 0; i < 5; i++) {
            var response = new MockHttpServletResponse();
            off.doFilter(request("/api/board", "203.0.113.9"), response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    @Test
    void addressesQuietForAMinuteAreForgottenOthersKept() throws Exception {
        get("/api/board", "203.0.113.10");
        filter.forgetIdle();
        assertThat(filter.trackedAddresses()).as("asked a moment ago: its bucket is not full again yet").isOne();

        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        get("/api/board", "198.51.100.2");
        filter.forgetIdle();
        assertThat(filter.trackedAddresses()).as("only the address that just asked").isOne();
    }

    private MockHttpServletResponse get(String path, String address) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(path, address), response, new MockFilterChain());
        return response;
    }

    private static MockHttpServletRequest request(String path, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        return request;
    }
}
