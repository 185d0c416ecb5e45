package jp.kakanai.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the real-HTTP tests: one server on a random port, the demo accounts, and an H2 file database
 * in a fresh temporary directory, and a {@link MovableClock} as the server's clock. All subclasses share the
 * one Spring context.
 */
@SpringBootTest(classes = KakanaiServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(ServerHttpTest.TestClock.class)
public abstract class ServerHttpTest {
    private static final Path DATA_DIR = temporaryDataDir();
    /** The address the tickets' QR codes lead residents' phones to (kakanai.public-url). */
    protected static final String PUBLIC_URL = "https://madoguchi.example.jp";

    @LocalServerPort
    protected int port;

    /** The server's clock: real time unless a test moves it; a test that moves it resets it when done. */
    @Autowired
    protected MovableClock clock;

    @TestConfiguration
    public static class TestClock {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        serverProperties(registry, DATA_DIR);
    }

    /** The settings of the tests' servers, for a test class that needs a context of its own (OfficeHoursOverHttpTest). */
    public static void serverProperties(DynamicPropertyRegistry registry, Path dataDir) {
        registry.add("kakanai.data-dir", dataDir::toString);
        registry.add("kakanai.public-url", () -> PUBLIC_URL);
        // The limiter stays in the chain but never limits here: the fuzz test's requests must not hide behind 429.
        registry.add("kakanai.rate-limit.per-minute", () -> "1000000");
        // No public cache here: each public answer is published and read afresh, so the tests see a step's effect
        // on the board at once; the one-second cache itself is tested by PublicSnapshotCacheTest and on PostgreSQL.
        registry.add("kakanai.public-snapshot.max-age", () -> "0s");
        // Every test class signs in from 127.0.0.1 (wrong passwords on purpose among them): the per-address
        // sign-in throttle would end up slowing them all. Per account it stays as configured (RedTeamReplayTest).
        registry.add("kakanai.security.sign-in.address-free-tries", () -> "1000000");
        // Reception and the office day end at midnight here (as in the demo profile), not at 17:15 and 20:00: the
        // clock runs in real time between tests, which must pass at any hour (DayClosingOverHttpTest moves the clock
        // across the day's end on purpose; OfficeHoursOverHttpTest has the town defaults in a context of its own).
        registry.add("kakanai.queue.reception-ends", () -> "24:00");
        registry.add("kakanai.queue.closing-time", () -> "24:00");
        // A further font for what IPAex and IPAmj lack (Hangul), as a town with such residents configures it
        // (FormPdfOverHttpTest prints a Hangul name through it); the same file forms' FormRendererTest uses.
        registry.add("kakanai.fonts.further-fonts", () -> HANGUL_FONT);
    }

    /** Debian's fonts-nanum. */
    protected static final String HANGUL_FONT = "/usr/share/fonts/truetype/nanum/NanumGothic.ttf";

    protected HttpFixture http() {
        return new HttpFixture("http://localhost:" + port);
    }

    public static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("kakanai-test-db");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
