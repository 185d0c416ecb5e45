package jp.kakanai.publicside;

import jakarta.ws.rs.ApplicationPath;
import jp.kakanai.server.api.ApiBasics;
import jp.kakanai.server.address.AddressResource;
import jp.kakanai.server.health.HealthResource;
import jp.kakanai.server.homeqr.HomeQrResource;
import jp.kakanai.server.queue.BoardResource;
import jp.kakanai.server.queue.CongestionResource;
import jp.kakanai.server.reservation.ReservationResource;
import jp.kakanai.server.townpack.TownResource;
import org.glassfish.jersey.server.ResourceConfig;

/**
 * The public side's API under {@code /api}: the board and a ticket's status, 混雑状況, 来庁予約, the home QR code,
 * the town's names and screen texts, the health check. The staff server's JSON rules and error answers are the
 * same here (strict JSON, no request value in an error); its staff resources are simply not registered, so
 * their addresses do not exist (404).
 */
@ApplicationPath("/api")
public class PublicApi extends ResourceConfig {
    public PublicApi() {
        ApiBasics.applyTo(this);
        register(BoardResource.class);
        register(CongestionResource.class);
        register(ReservationResource.class);
        register(HomeQrResource.class);
        register(TownResource.class);
        register(AddressResource.class);
        register(HealthResource.class);
    }
}
