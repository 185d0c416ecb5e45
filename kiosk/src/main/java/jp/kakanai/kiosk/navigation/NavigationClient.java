package jp.kakanai.kiosk.navigation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.client.Entity;
import java.util.Objects;
import jp.kakanai.kiosk.checkin.ServerEndpoint;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * The server's navigation for the resident at the kiosk: which procedures, which questions are still
 * worth asking, and, after check-in, the answers for the visit's checklist. The answers are passed on
 * as the server's JSON: the page shows the server's own texts in every language without the kiosk
 * having to know the catalog's model.
 */
public final class NavigationClient {
    private final ServerEndpoint server;

    public NavigationClient(ServerEndpoint server) {
        this.server = Objects.requireNonNull(server);
    }

    /** {@code POST /api/navigation}: items, departments and open questions. */
    public ServerReply<JsonNode> navigate(NavigationQuery query) {
        return server.exchange(server.request("api/navigation").build("POST", Entity.json(query)), JsonNode.class);
    }

    /** {@code PUT /api/visits/{id}/checklist/facts}: the kiosk's answers settle the visit's checklist. */
    public ServerReply<JsonNode> sendFacts(String visitId, ChecklistFacts facts) {
        if (!visitId.matches("[A-Za-z0-9-]{1,64}")) {
            throw new IllegalArgumentException("not a visit id: " + visitId);
        }
        return server.exchange(server.request("api/visits/" + visitId + "/checklist/facts")
                .build("PUT", Entity.json(facts)), JsonNode.class);
    }
}
