package jp.kakanai.kiosk.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A 来庁予約 at the server ({@code GET /api/reservations/{code}}): its slot and whether it is still booked. */
public final class ReservationClient {
    private final ServerEndpoint server;

    public ReservationClient(ServerEndpoint server) {
        this.server = Objects.requireNonNull(server);
    }

    public ServerReply<JsonNode> find(String code) {
        return server.exchange(server.request("api/reservations/" + URLEncoder.encode(code, StandardCharsets.UTF_8))
                .buildGet(), JsonNode.class);
    }
}
