package jp.kakanai.server.townpack;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kakanai.forms.pack.TownPack;
import jp.kakanai.server.api.ApiProblem;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * The town pack in force, for every screen: {@code GET /api/town} (languages, life events, departments and
 * counters) and {@code GET /api/town/messages/{screen}/{language}} (the screen's texts). Public: nothing in
 * them is about a resident, and the kiosk, the board and the home page all read them.
 */
@Component
@Path("/town")
@NoPersonalData("public: the town pack's names and screen texts")
@Produces(MediaType.APPLICATION_JSON)
public class TownResource {
    private final TownPacks packs;

    public TownResource(TownPacks packs) {
        this.packs = packs;
    }

    @GET
    public TownView town() {
        return TownView.of(packs.current().pack());
    }

    @GET
    @Path("/messages/{screen}/{language}")
    public ScreenMessages messages(@PathParam("screen") String screen, @PathParam("language") String language) {
        TownPack pack = packs.current().pack();
        return ScreenMessages.of(pack, screen, language).orElseThrow(() -> ApiProblem.notFound(
                "The town pack has no texts for screen '" + screen + "' in language '" + language + "'; screens: "
                        + pack.messages().screens().keySet() + ", languages: " + pack.manifest().languageIds() + "."));
    }
}
