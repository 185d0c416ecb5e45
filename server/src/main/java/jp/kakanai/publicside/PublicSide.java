package jp.kakanai.publicside;

import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerClock;
import jp.kakanai.server.address.AddressMaster;
import jp.kakanai.server.address.AddressResource;
import jp.kakanai.server.health.HealthResource;
import jp.kakanai.server.homeqr.HomeQrIssuer;
import jp.kakanai.server.homeqr.HomeQrProperties;
import jp.kakanai.server.document.FontProperties;
import jp.kakanai.server.homeqr.HomeQrResource;
import jp.kakanai.server.navigation.NavigationInput;
import jp.kakanai.server.publicqueue.PublicSnapshotSettings;
import jp.kakanai.server.publicqueue.PublicSnapshotTable;
import jp.kakanai.server.publicqueue.PublicSnapshots;
import jp.kakanai.server.queue.BoardResource;
import jp.kakanai.server.queue.CongestionResource;
import jp.kakanai.server.queue.Departments;
import jp.kakanai.server.queue.QueueProperties;
import jp.kakanai.server.ratelimit.RateLimitProperties;
import jp.kakanai.server.reservation.ReservationResource;
import jp.kakanai.server.reservation.ReservationSettingsFile;
import jp.kakanai.server.reservation.Reservations;
import jp.kakanai.server.townpack.TownPackSource;
import jp.kakanai.server.townpack.TownPacks;
import jp.kakanai.server.townpack.TownResource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportSelector;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The public application: the staff server's public resources and what they need, named one by one — the
 * published queue snapshot, the reservations, the home QR code, the town pack's names and texts — and
 * nothing that touches a visit, the queue's own tables, staff accounts, sessions or keys. Its settings come
 * from {@code kakanai-public.properties} (and {@code config/kakanai-public.properties} beside the jar), never
 * from the staff server's {@code application.properties}: the two run in different segments.
 *
 * <p>Flyway is off (the staff server owns the schema; this user may not change it), and so are Spring
 * Session (no one signs in here) and Boot's generated user.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jackson2.autoconfigure.Jackson2AutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.session.autoconfigure.SessionAutoConfiguration",
        "org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration"})
@EnableConfigurationProperties({PublicSnapshotSettings.class, QueueProperties.class, HomeQrProperties.class,
        RateLimitProperties.class, FontProperties.class})
// StaffTablesOutOfReach first: its check runs before any other part reaches the database.
// The town pack in force is read from its version tables (the town's configuration, no resident's data), so the
// public side offers the same life events, texts and addresses as the staff side (TownPacks; the fonts are needed
// because a version is parsed with its forms).
@Import({StaffTablesOutOfReach.class, ServerClock.class, OfficeClock.class, PublicSide.PackagePrivateParts.class,
        TownPackSource.class, TownPacks.class, AddressMaster.class, AddressResource.class,
        NavigationInput.class, Departments.class, ReservationSettingsFile.class, Reservations.class, HomeQrIssuer.class,
        PublicSnapshotTable.class, PublicSnapshots.class,
        BoardResource.class, CongestionResource.class, ReservationResource.class, HomeQrResource.class,
        TownResource.class, HealthResource.class, PublicApi.class, PublicSideSecurity.class, PublicPages.class})
// Scheduling: the town pack version in force is followed (TownPacks.follow) and idle rate-limit buckets are dropped
// (PublicRateLimitFilter) here too; without it a pack switched by a manager showed here only after a restart.
@EnableScheduling
public class PublicSide {
    /** {@code java -jar server.jar public [--name=value…]}. */
    public static final String COMMAND = "public";
    static final String CONFIG_NAME = "kakanai-public";

    public static ConfigurableApplicationContext run(String... args) {
        return new SpringApplicationBuilder(PublicSide.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }

    /** The parts the staff server keeps package-private, named here rather than opened to every package. */
    static final class PackagePrivateParts implements ImportSelector {
        @Override
        public String[] selectImports(AnnotationMetadata importingClass) {
            return new String[] {"jp.kakanai.server.townpack.TownPackSetup", "jp.kakanai.server.townpack.TownPackStore",
                    "jp.kakanai.server.document.FormRendering",
                    "jp.kakanai.server.reservation.ReservationRepository", "jp.kakanai.server.ratelimit.RateLimitSetup"};
        }
    }
}
