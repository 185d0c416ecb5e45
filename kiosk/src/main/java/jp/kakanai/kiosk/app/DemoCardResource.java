package jp.kakanai.kiosk.app;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;

/**
 * Only on a demo kiosk (emulated card): take the demo card out of the reader and put a fresh one back
 * (PIN 1234, all 3 tries), so that a visitor can try a pulled card or a wrong PIN and start again.
 */
@Path("api/demo/card")
public final class DemoCardResource {
    private final EmulatedReader reader;

    @Inject
    public DemoCardResource(EmulatedReader reader) {
        this.reader = reader;
    }

    @POST
    @Path("remove")
    public Response remove() {
        reader.remove();
        return Response.noContent().build();
    }

    @POST
    @Path("insert")
    public Response insert() {
        reader.insert(DemoCards.myNumberCard());
        return Response.noContent().build();
    }
}
