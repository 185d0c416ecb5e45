package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import jp.kakanai.forms.text.Redacted;

/**
 * What the browser polls ({@code GET /api/state}): the session's {@code generation} (a change means the
 * kiosk forgot everything, {@code lastReset} says why), whether a card is on the reader, the idle
 * countdown, and what was read and chosen so far. {@code qr}: the kiosk takes home-prepared QR codes
 * ({@code /api/qr/text} from a wedge scanner, {@code /api/qr/image} from the camera). {@code takeCard}: the
 * card on the reader was left by the resident before; the page asks for it before anyone can start.
 * {@code cardArrivals} counts the cards put on the reader (a swap between two polls still shows).
 */
public record StateView(long generation, String lastReset, boolean demo, boolean cardPresent, long cardArrivals,
                        boolean takeCard, Idle idle, Optional<ResidentView> resident, Optional<String> myNumberMasked,
                        Optional<String> lifeEvent, Optional<String> ticketNumber, boolean checkInPending,
                        Optional<JsonNode> route, boolean qr) {
    @Override
    public String toString() {
        return Redacted.record(this, "generation", "lastReset", "demo", "cardPresent", "cardArrivals", "takeCard", "idle",
                "resident", "lifeEvent", "ticketNumber", "checkInPending", "route", "qr");
    }

    /** {@code warning}: show the "are you still there?" dialog with its countdown. */
    public record Idle(long timeoutSeconds, long secondsLeft, long warningSeconds, boolean warning) {
    }

    static StateView of(SessionSnapshot s, boolean demo, boolean cardPresent, long cardArrivals,
                        boolean takeCard, long timeoutSeconds) {
        long warningSeconds = warningSeconds(timeoutSeconds);
        Idle idle = new Idle(timeoutSeconds, s.idleSecondsLeft(), warningSeconds,
                s.active() && s.idleSecondsLeft() <= warningSeconds);
        return new StateView(s.generation(), s.lastReset().id(), demo, cardPresent, cardArrivals, takeCard, idle,
                s.reading().map(ResidentView::of).or(() -> s.homeQr().map(ResidentView::of)), s.myNumberMasked(),
                s.lifeEvent(), s.receipt().map(r -> r.ticketNumber()), s.checkInPending(),
                s.navigation().map(StateView::route), true);
    }

    /** The procedures and departments of the route (the ticket screen prints them), without the questions. */
    private static JsonNode route(JsonNode navigation) {
        ObjectNode route = JsonNodeFactory.instance.objectNode();
        route.set("items", navigation.path("items"));
        route.set("departments", navigation.path("departments"));
        return route;
    }

    /** The warning shows for the last 30 s, or the last half of a shorter timeout (tests use a few seconds). */
    static long warningSeconds(long timeoutSeconds) {
        return Math.min(30, Math.max(1, timeoutSeconds / 2));
    }
}
