package jp.kakanai.kiosk.checkin;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.client.Entity;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.forms.checkin.Address;
import jp.kakanai.forms.text.Redacted;

/**
 * The town's address master at the server: the 町字 the resident taps through ({@code GET /api/addresses/town},
 * passed on as the server's JSON) and the check of an address picked from them ({@code POST /api/addresses/check}),
 * which answers the text the forms will print.
 */
public final class AddressClient {
    private final ServerEndpoint server;

    public AddressClient(ServerEndpoint server) {
        this.server = Objects.requireNonNull(server);
    }

    /** The server's answer to a check: the address with its printed text and postcode. */
    public record Checked(String text, Optional<String> postcode, Address address) {
        @Override
        public String toString() {
            return Redacted.record(this, "address");
        }
    }

    public ServerReply<JsonNode> town() {
        return server.exchange(server.request("api/addresses/town").buildGet(), JsonNode.class);
    }

    public ServerReply<Checked> check(Address address) {
        return server.exchange(server.request("api/addresses/check").build("POST", Entity.json(address)), Checked.class);
    }
}
