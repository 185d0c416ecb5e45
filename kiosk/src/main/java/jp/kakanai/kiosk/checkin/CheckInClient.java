package jp.kakanai.kiosk.checkin;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.checkin.CheckInReceipt;

/**
 * Checks a resident in at the server ({@code POST /api/visits}) and says what became of it as a
 * {@link CheckInOutcome}; it never throws for a server that is down or refuses.
 */
public final class CheckInClient {
    private final ServerEndpoint server;

    public CheckInClient(ServerEndpoint server) {
        this.server = Objects.requireNonNull(server);
    }

    /** One attempt. Send every retry of the same resident's check-in with the same {@code key}. */
    public CheckInOutcome checkIn(CheckIn checkIn, IdempotencyKey key) {
        Objects.requireNonNull(checkIn, "checkIn");
        Objects.requireNonNull(key, "key");
        try (Response response = server.request("api/visits").header(IdempotencyKey.HEADER, key.value())
                .post(Entity.json(checkIn))) {
            int status = response.getStatus();
            if (status == 200 || status == 201) {
                return new CheckInOutcome.Accepted(response.readEntity(CheckInReceipt.class));
            }
            ServerEndpoint.ServerError error = ServerEndpoint.errorOf(response);
            if (ServerEndpoint.worthRetrying(status)) {
                return new CheckInOutcome.ServerUnreachable("the server answered " + status + ": " + error.error());
            }
            return new CheckInOutcome.Rejected(status, error.error(), error.field(), error.code());
        } catch (ProcessingException e) {
            // Connection refused, DNS, timeouts, a body that is not the receipt: nothing settled.
            return new CheckInOutcome.ServerUnreachable(ServerEndpoint.describe(e));
        }
    }
}
