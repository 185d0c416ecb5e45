package jp.kakanai.kiosk.repeat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.client.Entity;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kakanai.kiosk.checkin.ServerEndpoint;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * The server's side of a resident at the kiosk a second time the same day: today's earlier visits of the
 * resident read ({@code POST /api/kiosk/earlier-visits}), and adding the new procedures to one of them
 * ({@code PUT /api/kiosk/visits/{visitId}/additions/{id}}; the id is the kiosk's, so a retry adds nothing
 * twice). Only the name and birth date go along, to recognise the resident.
 */
public final class RepeatVisitClient {
    private final ServerEndpoint server;

    public RepeatVisitClient(ServerEndpoint server) {
        this.server = Objects.requireNonNull(server);
    }

    /** {@code [{visitId, ticketNumber, lifeEvent, checkedInAt}]}, the first visit of the day first. */
    public ServerReply<JsonNode> earlierToday(String name, LocalDate birthDate) {
        return server.exchange(server.request("api/kiosk/earlier-visits")
                .build("POST", Entity.json(Map.of("name", name, "birthDate", birthDate.toString()))), JsonNode.class);
    }

    /** {@code {visitId, ticketNumber, added, statusUrl?}} */
    public ServerReply<JsonNode> add(String visitId, String additionId, String name, LocalDate birthDate,
                                     String lifeEvent, List<String> procedures) {
        if (!visitId.matches("[A-Za-z0-9-]{1,64}") || !additionId.matches("[A-Za-z0-9-]{8,36}")) {
            throw new IllegalArgumentException("not a visit or addition id");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("birthDate", birthDate.toString());
        body.put("lifeEvent", lifeEvent);
        body.put("procedures", procedures);
        return server.exchange(server.request("api/kiosk/visits/" + visitId + "/additions/" + additionId)
                .build("PUT", Entity.json(body)), JsonNode.class);
    }
}
