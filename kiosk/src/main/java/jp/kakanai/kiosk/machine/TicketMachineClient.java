package jp.kakanai.kiosk.machine;

import jakarta.ws.rs.client.Entity;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import jp.kakanai.kiosk.checkin.IdempotencyKey;
import jp.kakanai.kiosk.checkin.ServerEndpoint;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * The server's ticket machine API ({@code /api/tickets}). Issuing sends one {@link IdempotencyKey} per
 * button press and repeats it when the server could not be reached, so a lost answer never costs the
 * resident a second number.
 */
public final class TicketMachineClient {
    /** Tries per press: a server restarting behind a load balancer answers within these. */
    static final int ATTEMPTS = 3;
    private final ServerEndpoint server;

    public TicketMachineClient(ServerEndpoint server) {
        this.server = Objects.requireNonNull(server);
    }

    public ServerReply<MachinePurpose[]> purposes() {
        return server.exchange(server.request("api/tickets/purposes").buildGet(), MachinePurpose[].class);
    }

    /** A ticket for a purpose button. */
    public ServerReply<MachineTicket> issue(String purpose, IdempotencyKey key) {
        return post(Map.of("purpose", purpose), key);
    }

    /** A reserved ticket for a reservation's code (scanned or typed). */
    public ServerReply<MachineTicket> issueReserved(String reservationCode, IdempotencyKey key) {
        return post(Map.of("reservation", reservationCode), key);
    }

    private ServerReply<MachineTicket> post(Map<String, String> body, IdempotencyKey key) {
        ServerReply<MachineTicket> reply = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            reply = server.exchange(server.request("api/tickets").header(IdempotencyKey.HEADER, key.value())
                    .buildPost(Entity.json(body)), MachineTicket.class);
            if (!(reply instanceof ServerReply.Unreachable)) {
                return reply;
            }
            pause(attempt);
        }
        return reply;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(List.of(200L, 800L, 0L).get(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
