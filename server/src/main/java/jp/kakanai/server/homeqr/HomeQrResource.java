package jp.kakanai.server.homeqr;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.kakanai.server.navigation.NavigationResource;
import org.springframework.stereotype.Component;
import jp.kakanai.server.audit.NoPersonalData;

/**
 * The public (no login) API of the home page {@code /home/}, where a resident prepares a QR code before
 * coming to the town hall:
 * <ul>
 * <li>{@code POST /api/home-qr/questions} {@code {lifeEvent, birthDate, answers, household}}: the next
 * navigation questions (read-only; no visit, so nobody sees anyone else's data);</li>
 * <li>{@code POST /api/home-qr} {@link HomeQrRequest}: the code, made by ZXing.</li>
 * </ul>
 * Nothing is stored or logged: the answer is the only place the data goes ({@code no-store}, so the
 * phone's browser does not keep it either).
 */
@Component
@Path("/home-qr")
@NoPersonalData("public: turns what residents enter into their own QR code and keeps nothing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HomeQrResource {
    private final HomeQrIssuer issuer;

    public HomeQrResource(HomeQrIssuer issuer) {
        this.issuer = issuer;
    }

    @POST
    public Response issue(HomeQrRequest request) {
        return Response.ok(issuer.issue(request)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/questions")
    public NavigationResource.Questions questions(HomeQrRequest.QuestionsRequest request) {
        return issuer.questions(request);
    }
}
