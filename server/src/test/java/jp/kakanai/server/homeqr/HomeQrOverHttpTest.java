package jp.kakanai.server.homeqr;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.homeqr.HomeQrReading;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.kiosk.qr.QrImageDecoder;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;

/** The home page's API over real HTTP, without logging in, as a resident's phone calls it. */
@ExtendWith(OutputCaptureExtension.class)
class HomeQrOverHttpTest extends ServerHttpTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static final LocalDate BORN = TODAY.minusYears(34).minusMonths(2);
    private static final LocalDate CHILD_BORN = TODAY.minusYears(6).minusMonths(3);

    @Autowired
    private JdbcTemplate jdbc;
    private HttpFixture phone;
    private String xsrf;

    /** The phone opens the page first, which gives it the CSRF cookie its script sends back. */
    @BeforeEach
    void openThePage() {
        phone = http();
        HttpResponse<String> page = phone.get("/home/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/home/home.js");
        xsrf = page.headers().allValues("Set-Cookie").stream().flatMap(c -> HttpCookie.parse(c).stream())
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
    }

    private HttpResponse<String> post(String path, String json) {
        return phone.postJson(path, json, "X-XSRF-TOKEN", xsrf);
    }

    private static String request(String name, String household) {
        return """
                {"lifeEvent": "move-in",
                 "resident": {"name": "%s", "kana": "ヨシダ ハナコ", "address": "東京都千代田区千代田1-1 𠮷野ハイツ101",
                              "birthDate": "%s", "sex": "2"},
                 "answers": {"health-insurance": "national", "dog": "no"},
                 "household": %s}
                """.formatted(name, BORN, household);
    }

    private static final String CHILD = "[{\"relationship\": \"child\", \"birthDate\": \"" + CHILD_BORN
            + "\", \"name\": \"𠮷田 一太\", \"sex\": \"1\"}]";

    @Test
    void aResidentGetsACodeWithoutLoggingInThatReadsBackExactlyAsEntered() throws Exception {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        HttpResponse<String> response = post("/api/home-qr", request("𠮷田 花子", CHILD));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        JsonNode body = json(response);
        String text = body.get("payload").asText();
        assertThat(text).startsWith("KKN1:");
        HomeQrReading reading = HomeQrCodec.decode(text, Instant.now());
        assertThat(reading).isInstanceOf(HomeQrReading.Valid.class);
        HomeQrPayload payload = ((HomeQrReading.Valid) reading).payload();
        assertThat(payload.lifeEvent()).isEqualTo("move-in");
        assertThat(payload.resident().name()).isEqualTo("𠮷田 花子");
        assertThat(payload.resident().address()).isEqualTo("東京都千代田区千代田1-1 𠮷野ハイツ101");
        assertThat(payload.resident().birthDate()).isEqualTo(BORN);
        assertThat(payload.resident().sex()).isEqualTo(Sex.FEMALE);
        assertThat(payload.kana()).contains("ヨシダ ハナコ");
        assertThat(new TreeMap<>(payload.answers().values())).containsExactly(
                Map.entry("dog", "no"), Map.entry("health-insurance", "national"));
        assertThat(payload.household().orElseThrow()).singleElement().satisfies(child -> {
            assertThat(child.relationship()).isEqualTo(Relationship.CHILD);
            assertThat(child.name()).contains("𠮷田 一太");
            assertThat(child.kana()).isEmpty();
        });
        // Valid for the configured 14 days.
        assertThat(Duration.between(before, payload.expiresAt()).toHours()).isCloseTo(14 * 24, within(1L));
        assertThat(Instant.parse(body.get("expiresAt").asText())).isEqualTo(payload.expiresAt());
    }

    @Test
    void theImagesAreTheSameCodeAndTheKiosksDecoderReadsThePng() throws Exception {
        JsonNode body = json(post("/api/home-qr", request("山田 花子", "[]")));

        String svg = new String(dataUrl(body.get("svg").asText(), "image/svg+xml"), StandardCharsets.UTF_8);
        assertThat(svg).startsWith("<svg").contains("viewBox");
        var png = ImageIO.read(new ByteArrayInputStream(dataUrl(body.get("png").asText(), "image/png")));
        assertThat(new QrImageDecoder().scan(png)).isInstanceOfSatisfying(QrImageDecoder.ImageScan.Found.class,
                found -> assertThat(found.text()).isEqualTo(body.get("payload").asText()));
        assertThat(body.get("qrVersion").asInt()).isBetween(1, 15);
    }

    @Test
    void questionsNeedNoLoginAndNarrowWithEachAnswer() {
        HttpResponse<String> first = post("/api/home-qr/questions",
                "{\"lifeEvent\": \"move-in\", \"birthDate\": \"" + BORN + "\", \"answers\": {}}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        List<String> asked = json(first).get("questions").findValuesAsText("id");
        assertThat(asked).first().isEqualTo("household");
        assertThat(json(first).at("/questions/0/rubyHtml").asText()).contains("<ruby>");

        HttpResponse<String> later = post("/api/home-qr/questions", "{\"lifeEvent\": \"move-in\", \"birthDate\": \""
                + BORN + "\", \"household\": [], \"answers\": {\"health-insurance\": \"national\"}}");
        List<String> remaining = json(later).get("questions").findValuesAsText("id");
        assertThat(remaining).doesNotContain("household", "health-insurance").isNotEmpty();
        // A living-alone 34-year-old is not asked about children's procedures.
        assertThat(remaining.size()).isLessThan(asked.size());
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertRefused(request("𠮷".repeat(41), "[]"), "resident.name", "At most 40 characters (41 given).");
        assertRefused(request("", "[]"), "resident.name", "This field is required.");
        assertRefused(request("山田 花子", "[]").replace("\"sex\": \"2\"", "\"sex\": \"3\""), "resident.sex", null);
        assertRefused(request("山田 花子", "[]").replace(BORN.toString(), TODAY.plusDays(1).toString()),
                "resident.birthDate", "The birth date is in the future.");
        assertRefused(request("山田 花子", "[]").replace("\"dog\": \"no\"", "\"dog\": \"maybe\""), "answers.dog", null);
        assertRefused(request("山田 花子", "[{\"relationship\": \"cousin\", \"birthDate\": \"2000-01-01\"}]"),
                "household[0].relationship", null);
        assertRefused(request("山田 花子", "[{\"relationship\": \"child\", \"birthDate\": \"2000-01-01\", \"name\": \""
                + "あ".repeat(41) + "\"}]"), "household[0].name", "At most 40 characters (41 given).");
        assertRefused(request("山田 花子", "[]").replace("move-in", "adoption"), "lifeEvent", null);
        assertRefused(request("山田 花子", "[]").replace("\"dog\"", "\"unknown-question\""), "answers.unknown-question",
                "No such question.");
    }

    @Test
    void withoutTheCookiesTokenAForeignSiteCannotPostForTheResident() {
        HttpResponse<String> response = http().postJson("/api/home-qr", request("山田 花子", "[]"));

        assertThat(response.statusCode()).isIn(401, 403);
        assertThat(response.body()).doesNotContain("KKN1");
    }

    @Test
    void issuingACodeStoresAndLogsNothingOfIt(CapturedOutput output) {
        Map<String, Long> rowsBefore = rowsPerTable();

        HttpResponse<String> response = post("/api/home-qr", request("記録 残子", CHILD));
        post("/api/home-qr", request("記録 残子", "[]").replace("\"dog\": \"no\"", "\"dog\": \"maybe\""));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(rowsPerTable()).isEqualTo(rowsBefore);
        assertThat(output.getAll()).doesNotContain("記録 残子", "千代田1-1", json(response).get("payload").asText());
    }

    private void assertRefused(String body, String field, String error) {
        HttpResponse<String> response = post("/api/home-qr", body);
        assertThat(response.statusCode()).as(body).isEqualTo(400);
        assertThat(json(response).get("field").asText()).as(response.body()).isEqualTo(field);
        if (error != null) {
            assertThat(json(response).get("error").asText()).isEqualTo(error);
        }
    }

    /** Row counts of every table of the database. */
    private Map<String, Long> rowsPerTable() {
        Map<String, Long> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT TABLE_SCHEMA || '.\"' || TABLE_NAME || '\"' FROM INFORMATION_SCHEMA.TABLES "
                + "WHERE TABLE_TYPE = 'BASE TABLE' AND TABLE_SCHEMA NOT IN ('INFORMATION_SCHEMA')", String.class)) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }

    private static byte[] dataUrl(String url, String type) {
        String prefix = "data:" + type + ";base64,";
        assertThat(url).startsWith(prefix);
        return Base64.getDecoder().decode(url.substring(prefix.length()));
    }
}
