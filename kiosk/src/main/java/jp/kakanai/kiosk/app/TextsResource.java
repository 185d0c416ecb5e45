package jp.kakanai.kiosk.app;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.kakanai.kiosk.town.TownTexts;

/**
 * {@code GET /api/texts}: the town pack's languages, life events and kiosk texts in every language, as the
 * kiosk last fetched them from the server; 503 until it has (the page shows a short "starting" notice).
 */
@Path("api/texts")
@Produces(MediaType.APPLICATION_JSON)
public final class TextsResource {
    private final TownTexts texts;

    @Inject
    public TextsResource(TownTexts texts) {
        this.texts = texts;
    }

    @GET
    public JsonNode texts() {
        return texts.texts().<JsonNode>map(t -> t)
                .orElseThrow(() -> LocalProblem.serverAway("The kiosk has not yet received its texts from the server."));
    }
}
