package jp.kakanai.kiosk.qr;

import static jp.kakanai.kiosk.qr.HomePayloads.AT_THE_KIOSK;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.homeqr.HomeQrSymbol;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local QR API over real HTTP, as the kiosk page calls it; the accepted payload goes to the session. */
class QrResourceOverHttpTest {
    private static final List<HomeQrPayload> ACCEPTED = new CopyOnWriteArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static HttpServer server;
    private static String base;

    @BeforeAll
    static void start() {
        ResourceConfig api = new ResourceConfig()
                .register(JacksonFeature.withoutExceptionMappers())
                .register(new QrResource(ACCEPTED::add, Clock.fixed(AT_THE_KIOSK, ZoneOffset.UTC)));
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), api, true);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void clear() {
        ACCEPTED.clear();
    }

    @Test
    void aTypedCodeIsReadWithTheBirthDateInWarekiAndHandedToTheSession() throws Exception {
        HomeQrPayload couple = HomePayloads.couple();
        String typed = JSON.writeValueAsString(java.util.Map.of("text", HomeQrCodec.encode(couple) + "\r\n"));

        HttpResponse<String> response = post("/api/qr/text", "application/json", HttpRequest.BodyPublishers.ofString(typed));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("status").asText()).isEqualTo("READ");
        assertThat(body.at("/resident/name").asText()).isEqualTo("𠮷田 髙子");
        assertThat(body.at("/resident/kana").asText()).isEqualTo("ヨシダ タカコ");
        assertThat(body.at("/resident/birthDate").asText()).isEqualTo("1989-01-08");
        assertThat(body.at("/resident/sex").asText()).isEqualTo("2");
        assertThat(body.get("birthDateWareki").asText()).isEqualTo("平成元年1月8日");
        assertThat(body.get("lifeEvent").asText()).isEqualTo("move-in");
        assertThat(body.at("/answers/health-insurance").asText()).isEqualTo("national");
        assertThat(body.at("/household/0/relationship").asText()).isEqualTo("spouse");
        assertThat(body.at("/household/0/name").asText()).isEqualTo("𠮷田 一郎");
        assertThat(body.has("reason")).isFalse();
        assertThat(ACCEPTED).containsExactly(couple);
    }

    @Test
    void aCameraFrameIsReadTheSameWay() throws Exception {
        HomeQrPayload family = HomePayloads.familyOfSeven();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(CameraImages.frame(HomeQrSymbol.of(HomeQrCodec.encode(family)), CameraImages.Distortion.PHONE_PHOTO),
                "png", png);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(CameraImages.frame(HomeQrSymbol.of(HomeQrCodec.encode(family)), CameraImages.Distortion.ROTATED_15),
                "jpeg", jpeg);

        HttpResponse<String> fromPng = post("/api/qr/image", "image/png", HttpRequest.BodyPublishers.ofByteArray(png.toByteArray()));
        HttpResponse<String> fromJpeg = post("/api/qr/image", "image/jpeg", HttpRequest.BodyPublishers.ofByteArray(jpeg.toByteArray()));

        assertThat(JSON.readTree(fromPng.body()).get("status").asText()).as(fromPng.body()).isEqualTo("READ");
        assertThat(JSON.readTree(fromJpeg.body()).at("/resident/address").asText()).as(fromJpeg.body())
                .isEqualTo(family.resident().address());
        assertThat(ACCEPTED).containsExactly(family, family);
    }

    @Test
    void aRejectedCodeAnswersWithTheReasonInJapaneseAndEnglishAndReachesNoSession() throws Exception {
        String expired = HomeQrCodec.encode(HomeQrPayload.issue(HomePayloads.couple().lifeEvent(),
                HomePayloads.couple().resident(), java.util.Optional.empty(), HomePayloads.couple().answers(),
                java.util.Optional.empty(), AT_THE_KIOSK.minus(java.time.Duration.ofDays(20)), HomePayloads.TWO_WEEKS));

        JsonNode body = JSON.readTree(post("/api/qr/text", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"text\": \"" + expired + "\"}")).body());
        JsonNode foreign = JSON.readTree(post("/api/qr/text", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"text\": \"https://example.jp/\\r\"}")).body());

        assertThat(body.get("status").asText()).isEqualTo("REJECTED");
        assertThat(body.get("reason").asText()).isEqualTo("EXPIRED");
        assertThat(body.at("/message/ja").asText()).contains("有効期限");
        assertThat(body.at("/message/en").asText()).contains("expired on");
        assertThat(body.has("resident")).isFalse();
        assertThat(foreign.get("reason").asText()).isEqualTo("FOREIGN");
        assertThat(ACCEPTED).isEmpty();
    }

    @Test
    void requestsThatAreNoScanGetAnErrorNamingTheField() throws Exception {
        HttpResponse<String> noText = post("/api/qr/text", "application/json", HttpRequest.BodyPublishers.ofString("{}"));
        HttpResponse<String> notAnImage = post("/api/qr/image", "image/png", HttpRequest.BodyPublishers.ofString("not a png"));
        HttpResponse<String> tooLong = post("/api/qr/text", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"text\": \"" + "A".repeat(QrResource.MAX_TEXT + 1) + "\"}"));

        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noText.body()).get("field").asText()).isEqualTo("text");
        assertThat(notAnImage.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(notAnImage.body()).get("field").asText()).isEqualTo("image");
        assertThat(JSON.readTree(notAnImage.body()).get("error").asText()).contains("Not a PNG or JPEG picture");
        assertThat(tooLong.statusCode()).isEqualTo(400);
    }

    @Test
    void aPictureClaimingHugeDimensionsIsRefusedBeforeItsPixelsAreDecoded() throws Exception {
        // A valid PNG header saying 100,000 × 100,000 pixels: decoding it would need 10 GB.
        byte[] header = pngHeader(100_000, 100_000);

        HttpResponse<String> response = post("/api/qr/image", "image/png", HttpRequest.BodyPublishers.ofByteArray(header));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("4096 pixels");
    }

    private static byte[] pngHeader(int width, int height) {
        var out = java.nio.ByteBuffer.allocate(8 + 25);
        out.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        out.putInt(13).put("IHDR".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0);
        var crc = new java.util.zip.CRC32();
        crc.update(out.array(), 12, 17);
        out.putInt((int) crc.getValue());
        return out.array();
    }

    private static HttpResponse<String> post(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", type).POST(body).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
