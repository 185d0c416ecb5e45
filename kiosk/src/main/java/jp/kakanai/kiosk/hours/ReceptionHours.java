package jp.kakanai.kiosk.hours;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import jp.kakanai.kiosk.checkin.ServerEndpoint;
import jp.kakanai.kiosk.checkin.ServerReply;

/**
 * Today's office hours as the server last said them ({@code GET /api/office-hours}), so the start screen says
 * "本日の受付は終了しました" before a resident begins instead of after. Looked at again when the copy is older
 * than the server's 30 seconds or a check-in was refused for it. Whether reception is open is the server's word,
 * not this PC's clock (a kiosk's clock may be wrong; at worst the start screen learns it 30 s late, and a
 * check-in meanwhile is refused kindly). When the server cannot be reached the hours are unknown and the kiosk
 * behaves as it always did.
 */
public final class ReceptionHours {
    static final Duration FRESH = Duration.ofSeconds(30);
    private final ServerEndpoint server;
    private final Clock clock;
    private Optional<Today> today = Optional.empty();
    private Instant lookedAt = Instant.MIN;

    public ReceptionHours(ServerEndpoint server, Clock clock) {
        this.server = Objects.requireNonNull(server);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What the page shows: whether reception is open and, when known, until when and when the day ends. */
    public record View(boolean known, boolean receptionOpen, Optional<String> receptionEnds, Optional<String> dayEnds) {
        static final View UNKNOWN = new View(false, true, Optional.empty(), Optional.empty());
    }

    private record Today(String receptionEnds, String dayEnds, boolean receptionOpen) {
    }

    public synchronized View now() {
        Instant now = clock.instant();
        if (!lookedAt.plus(FRESH).isAfter(now)) {
            today = fetch();
            lookedAt = now;
        }
        return today.map(t -> new View(true, t.receptionOpen(), Optional.of(t.receptionEnds()),
                Optional.of(t.dayEnds()))).orElse(View.UNKNOWN);
    }

    /** The server refused a check-in because reception has ended: look again at the next question. */
    public synchronized void refusedForTheHour() {
        lookedAt = Instant.MIN;
    }

    private Optional<Today> fetch() {
        ServerReply<JsonNode> reply = server.exchange(server.request("api/office-hours").buildGet(), JsonNode.class);
        if (!(reply instanceof ServerReply.Answered<JsonNode> answered)) {
            return Optional.empty();
        }
        JsonNode hours = answered.value();
        if (!hours.path("receptionOpen").isBoolean() || !hours.path("receptionEnds").isTextual()) {
            return Optional.empty();
        }
        return Optional.of(new Today(hours.path("receptionEnds").asText(), hours.path("dayEnds").asText(),
                hours.path("receptionOpen").asBoolean()));
    }
}
