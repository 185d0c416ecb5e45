package jp.kakanai.kiosk.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import jp.kakanai.kiosk.card.IdCardReader;

/**
 * {@code /api/card} on a clerk's desk: the kiosk's card endpoints (the same answers, the same PIN rules:
 * the PIN is verified only with 2 or 3 tries left, so the resident's last try is never spent here) with
 * nothing kept: the card's data goes to the clerk's page and is forgotten.
 */
@Path("api/card")
@Produces(MediaType.APPLICATION_JSON)
public final class DeskCardResource {
    private final IdCardReader reader;

    @Inject
    public DeskCardResource(IdCardReader reader) {
        this.reader = reader;
    }

    /** Whether a card lies on the reader (no card traffic beyond asking the reader). */
    public record Status(boolean cardPresent) {
    }

    @GET
    @Path("status")
    public Status status() {
        return new Status(reader.isCardPresent());
    }

    /** Tries left, asked without spending one; one try left is answered as {@code one-try-left}. */
    @GET
    @Path("tries")
    public CardAnswer tries() {
        return CardAnswer.of(reader.pinTriesLeft());
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public CardAnswer read(CardResource.PinEntry entry) {
        if (entry == null || entry.pin() == null) {
            throw LocalProblem.badField("pin", "This field is required.");
        }
        try {
            return CardAnswer.of(reader.readBasicFour(entry.pin()));
        } finally {
            Arrays.fill(entry.pin(), '\0');
        }
    }
}
