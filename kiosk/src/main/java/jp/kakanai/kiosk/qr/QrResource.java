package jp.kakanai.kiosk.qr;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.kakanai.forms.homeqr.HomeQrPayload;

/**
 * The kiosk's local API for home-prepared QR codes:
 * <ul>
 * <li>{@code POST /api/qr/text} {@code {"text": "KKN1:…\r\n"}}: what a keyboard-wedge scanner typed;</li>
 * <li>{@code POST /api/qr/image} with a PNG or JPEG camera frame.</li>
 * </ul>
 * Both answer 200 with a {@link QrAnswer} (READ or REJECTED: a rejected code is a normal outcome the page
 * words for the resident); 400/413 with {@code {"error","field"}} only for a request that is not a scan.
 * A read payload goes whole to the consumer given at construction (the kiosk session), and nowhere else:
 * nothing is logged or kept here.
 */
@Path("api/qr")
@Produces(MediaType.APPLICATION_JSON)
public final class QrResource {
    /** A 4K PNG camera frame is well under this. */
    static final int MAX_IMAGE_BYTES = 12 * 1024 * 1024;
    /** Four times the longest QR text: a scanner that types more is not typing a QR code. */
    static final int MAX_TEXT = 4 * 4_296;

    private final Consumer<HomeQrPayload> accepted;
    private final Function<String, Map<String, String>> reservations;
    private final QrIntake intake;

    public QrResource(Consumer<HomeQrPayload> accepted) {
        this(accepted, Clock.systemUTC());
    }

    public QrResource(Consumer<HomeQrPayload> accepted, Clock clock) {
        this(accepted, code -> Map.of("code", code, "state", "UNCHECKED"), clock);
    }

    /** {@code reservations}: takes a 来庁予約 code into the session and answers what the page shows of it. */
    public QrResource(Consumer<HomeQrPayload> accepted, Function<String, Map<String, String>> reservations, Clock clock) {
        this.accepted = Objects.requireNonNull(accepted, "accepted");
        this.reservations = Objects.requireNonNull(reservations, "reservations");
        this.intake = new QrIntake(clock);
    }

    public record TypedScan(String text) {
    }

    @POST
    @Path("text")
    @Consumes(MediaType.APPLICATION_JSON)
    public QrAnswer text(TypedScan scan) {
        if (scan == null || scan.text() == null) {
            throw refused(400, "This field is required.", "text");
        }
        if (scan.text().length() > MAX_TEXT) {
            throw refused(400, "Longer than any QR code.", "text");
        }
        return answer(intake.typed(scan.text()));
    }

    @POST
    @Path("image")
    @Consumes({"image/png", "image/jpeg"})
    public QrAnswer image(InputStream body) {
        BufferedImage image = CameraImage.read(bytes(body))
                .orElseThrow(() -> refused(400, "Not a PNG or JPEG picture of at most "
                        + CameraImage.MAX_SIDE + " pixels a side.", "image"));
        return answer(intake.image(image));
    }

    private QrAnswer answer(QrOutcome outcome) {
        if (outcome instanceof QrOutcome.Read read) {
            accepted.accept(read.payload());
        }
        if (outcome instanceof QrOutcome.Reservation reservation) {
            return QrAnswer.reservation(reservations.apply(reservation.code()));
        }
        return QrAnswer.of(outcome);
    }

    private static byte[] bytes(InputStream body) {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(MAX_IMAGE_BYTES + 1);
            if (bytes.length > MAX_IMAGE_BYTES) {
                throw refused(413, "The picture is larger than " + MAX_IMAGE_BYTES / (1024 * 1024) + " MB.", "image");
            }
            return bytes;
        } catch (IOException e) {
            throw refused(400, "The picture could not be received.", "image");
        }
    }

    private static WebApplicationException refused(int status, String error, String field) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("field", field);
        return new WebApplicationException(error,
                Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build());
    }
}
