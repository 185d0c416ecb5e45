package jp.kakanai.kiosk.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.function.Function;

/** {@code /api/card}: tries left (no try spent) and reading the card with the PIN. */
@Path("api/card")
@Produces(MediaType.APPLICATION_JSON)
public final class CardResource {
    private final KioskFlow flow;
    private final SessionMeter metrics;

    @Inject
    public CardResource(KioskFlow flow, SessionMeter metrics) {
        this.flow = flow;
        this.metrics = metrics;
    }

    /** The body of a read: the 4 digits as a JSON string, bound to a char array that is wiped after use. */
    public record PinEntry(char[] pin) {
        @Override
        public String toString() {
            return "PinEntry[****]";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PinEntry p && Arrays.equals(p.pin, pin);
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    @GET
    @Path("tries")
    public CardAnswer tries() {
        return flow.cards().triesLeft();
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_JSON)
    public CardAnswer read(PinEntry entry) {
        return counted(withPin(entry, flow.cards()::read));
    }

    /** The PIN once more, to read the My Number for the forms that print it. */
    @POST
    @Path("my-number")
    @Consumes(MediaType.APPLICATION_JSON)
    public CardAnswer myNumber(PinEntry entry) {
        return counted(withPin(entry, flow.cards()::readMyNumber));
    }

    /** The household screen reads family members' cards; the applicant's card may leave the reader meanwhile. */
    @POST
    @Path("family/open")
    public Response openFamily() {
        flow.cards().openFamilyCards();
        return Response.noContent().build();
    }

    @POST
    @Path("family/close")
    public Response closeFamily() {
        flow.cards().closeFamilyCards();
        return Response.noContent().build();
    }

    /** A family member's card with its PIN: {@code read} with their name, birth date and sex, or why not. */
    @POST
    @Path("family/read")
    @Consumes(MediaType.APPLICATION_JSON)
    public CardAnswer readFamily(PinEntry entry) {
        return counted(withPin(entry, flow.cards()::readFamilyMember));
    }

    /** A wrong PIN counts in the session's figures (how often residents struggle with it). */
    private CardAnswer counted(CardAnswer answer) {
        if (answer.outcome().equals("wrong-pin")) {
            metrics.wrongPin();
        }
        return answer;
    }

    private static CardAnswer withPin(PinEntry entry, Function<char[], CardAnswer> use) {
        if (entry == null || entry.pin() == null) {
            throw LocalProblem.badField("pin", "This field is required.");
        }
        try {
            return use.apply(entry.pin());
        } finally {
            Arrays.fill(entry.pin(), '\0');
        }
    }
}
