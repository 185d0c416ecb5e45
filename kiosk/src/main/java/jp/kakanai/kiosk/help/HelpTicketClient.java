package jp.kakanai.kiosk.help;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.client.Entity;
import java.util.Map;
import java.util.Objects;
import jp.kakanai.kiosk.checkin.ServerEndpoint;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * A ticket to the staff desk for a resident the kiosk could not check in ({@code PUT
 * /api/kiosk/help-requests/{id}}): the id is the kiosk's, so a retry after a lost answer gets the same
 * ticket. Nothing about the resident is sent, only why.
 */
public final class HelpTicketClient {
    private final ServerEndpoint server;

    public HelpTicketClient(ServerEndpoint server) {
        this.server = Objects.requireNonNull(server);
    }

    /** {@code {ticketNumber, department, statusUrl?}} */
    public ServerReply<JsonNode> request(HelpRequestId id, String reason) {
        return server.exchange(server.request("api/kiosk/help-requests/" + id.value())
                .build("PUT", Entity.json(Map.of("reason", reason))), JsonNode.class);
    }
}
