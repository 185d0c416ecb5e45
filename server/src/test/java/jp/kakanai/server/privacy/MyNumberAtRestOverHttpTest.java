package jp.kakanai.server.privacy;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.visit.CheckInFixture;
import jp.kakanai.server.visit.IdempotencyKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The My Number over the whole path: sealed in the database, masked in every JSON answer, absent from the
 * log, printed on the forms with its boxes, and gone after the retention purge.
 */
@ExtendWith(OutputCaptureExtension.class)
class MyNumberAtRestOverHttpTest extends ServerHttpTest {
    /** Valid check digits; not the textbook 123456789018, so that no other text matches by chance. */
    private static final String MY_NUMBER = "876543210989";
    private static final String WRONG_CHECK_DIGIT = "876543210981";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MyNumberCipher cipher;
    @Autowired
    DataKeyFile dataKeys;

    @Autowired
    LoggingSystem logging;

    @Value("${kakanai.data-dir}")
    Path dataDir;

    @Test
    void databaseHoldsTheNumberOnlySealed() {
        String visitId = checkIn(MY_NUMBER);
        String sealed = jdbc.sql("select sealed from visit_my_number where visit_id = :id").param("id", visitId)
                .query(String.class).single();
        int slot = jdbc.sql("select data_key_slot from visit_my_number where visit_id = :id").param("id", visitId)
                .query(Integer.class).single();

        assertThat(sealed).doesNotContain(MY_NUMBER);
        assertThat(Base64.getDecoder().decode(sealed)).as("nonce, ciphertext, tag").hasSize(12 + 12 + 16);
        assertThat(cipher.open(visitId, sealed, dataKeys.get(slot).orElseThrow()))
                .as("with its own data key, kept outside the database").isEqualTo(MY_NUMBER);
        // H2's SCRIPT dumps every table: the plain number is in none of them (idempotency keys included).
        List<String> dump = jdbc.sql("script").query((rs, row) -> rs.getString(1)).list();
        assertThat(dump).isNotEmpty().noneMatch(line -> line.contains(MY_NUMBER));
    }

    @Test
    void demoProfileCreatedTheKeyFileReadableByTheServerOnly() throws IOException {
        Path keyFile = dataDir.resolve("my-number.key");
        assertThat(Base64.getDecoder().decode(Files.readString(keyFile).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile))).isEqualTo("rw-------");
    }

    @Test
    void staffSeeOnlyTheLastFourDigits() {
        String visitId = checkIn(MY_NUMBER);
        var one = http().asClerk().get("/api/visits/" + visitId);
        var day = http().asClerk().get("/api/visits");

        assertThat(json(one).get("myNumber").asText()).isEqualTo("********0989");
        assertThat(one.body()).doesNotContain(MY_NUMBER);
        assertThat(day.body()).doesNotContain(MY_NUMBER).contains("********0989");
        String withoutNumber = checkIn(null);
        assertThat(json(http().asClerk().get("/api/visits/" + withoutNumber)).get("myNumber").isNull()).isTrue();
    }

    @Test
    void formWithMyNumberBoxesPrintsTheNumberAndTheDecryptionIsLogged() {
        String visitId = checkIn(MY_NUMBER);
        assertThat(pdfText(visitId, "nhi-enroll")).contains(MY_NUMBER);
        assertThat(pdfText(visitId, "juminhyo-request")).as("a form without the boxes").doesNotContain(MY_NUMBER);

        List<String> reveals = jdbc.sql("select actor || ' ' || purpose from access_log where action = 'my-number-use'"
                + " and visit_id = :visit").param("visit", visitId).query(String.class).list();
        assertThat(reveals).as("one decryption, for the form that has the boxes")
                .containsExactly("clerk print nhi-enroll");
    }

    @Test
    void badMyNumberIsRefusedWithoutRepeatingIt() {
        var response = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkInWith(WRONG_CHECK_DIGIT)));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("field").asText()).isEqualTo("myNumber");
        assertThat(json(response).get("error").asText()).contains("check digit");
        assertThat(response.body()).doesNotContain(WRONG_CHECK_DIGIT);
    }

    @Test
    void noLogLineEverCarriesTheNumber(CapturedOutput output) {
        List<String> verbose = List.of("jp.kakanai", "org.springframework.jdbc.core", "org.springframework.transaction",
                "org.glassfish.jersey", "org.springframework.security");
        verbose.forEach(logger -> logging.setLogLevel(logger, logger.contains("jdbc") ? LogLevel.TRACE : LogLevel.DEBUG));
        try {
            String key = UUID.randomUUID().toString();
            String json = CheckInFixture.json(checkInWith(MY_NUMBER));
            var created = http().asKiosk().postJson("/api/visits", json, IdempotencyKey.HEADER, key);
            http().asKiosk().postJson("/api/visits", json, IdempotencyKey.HEADER, key);
            http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkInWith(WRONG_CHECK_DIGIT)));
            String visitId = json(created).get("visitId").asText();
            http().asClerk().get("/api/visits/" + visitId);
            http().asClerk().get("/api/visits");
            assertThat(pdfText(visitId, "nhi-enroll")).contains(MY_NUMBER);
            http().asClerk().getBytes("/api/visits/" + visitId + "/forms/all.pdf");
        } finally {
            verbose.forEach(logger -> logging.setLogLevel(logger, null));
        }
        assertThat(output.getAll()).as("the SQL trace was captured").contains("insert into visit_my_number");
        assertThat(output.getAll()).doesNotContain(MY_NUMBER).doesNotContain(WRONG_CHECK_DIGIT);
    }

    @Test
    void purgeAfterTheRetentionDeletesTheNumberAndIsLogged() {
        String key = UUID.randomUUID().toString();
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkInWith(MY_NUMBER)),
                IdempotencyKey.HEADER, key);
        String visitId = json(created).get("visitId").asText();
        String fresh = checkIn(MY_NUMBER);
        storedDaysAgo(visitId, 31);

        assertThat(http().asClerk().postJson("/api/privacy/my-number/purge", "").statusCode())
                .as("a clerk may not purge").isEqualTo(403);
        var purge = http().asManager().postJson("/api/privacy/my-number/purge", "");
        assertThat(purge.statusCode()).as(purge.body()).isEqualTo(200);
        JsonNode result = json(purge);
        assertThat(result.get("purged").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(Duration.parse(result.get("retention").asText())).isEqualTo(Duration.ofDays(30));

        assertThat(rows("visit_my_number", visitId)).isZero();
        assertThat(rows("check_in_key", visitId)).as("the request's fingerprint went with it").isZero();
        assertThat(rows("visit_my_number", fresh)).as("within the retention").isOne();
        assertThat(json(http().asClerk().get("/api/visits/" + visitId)).get("myNumber").isNull()).isTrue();
        assertThat(pdfText(visitId, "nhi-enroll")).as("the form prints with empty boxes").doesNotContain(MY_NUMBER)
                .contains("国民健康保険");
        assertThat(jdbc.sql("select count(*) from access_log where action = 'my-number-purge' and actor = 'manager'"
                + " and purpose not like 'retention: 0 %'").query(Integer.class).single()).isPositive();
    }

    @Test
    void scheduledPurgeDeletesWhatIsDue(@Autowired MyNumberRetention retention) {
        String visitId = checkIn(MY_NUMBER);
        storedDaysAgo(visitId, 30);
        retention.purgeOnSchedule();
        assertThat(rows("visit_my_number", visitId)).isZero();
        assertThat(jdbc.sql("select count(*) from access_log where action = 'my-number-purge' and actor = :actor")
                .param("actor", MyNumberRetention.SCHEDULE).query(Integer.class).single()).isPositive();
    }

    private void storedDaysAgo(String visitId, int days) {
        jdbc.sql("update visit_my_number set stored_at = :at where visit_id = :id")
                .param("at", Instant.now().minus(Duration.ofDays(days)).minusSeconds(60).atOffset(ZoneOffset.UTC))
                .param("id", visitId).update();
    }

    private int rows(String table, String visitId) {
        return jdbc.sql("select count(*) from " + table + " where visit_id = :id").param("id", visitId)
                .query(Integer.class).single();
    }

    private static CheckIn checkInWith(String myNumber) {
        CheckIn checkIn = new CheckIn(CheckInFixture.resident(), "move-in",
                List.of("resident-move-in", "juminhyo-request", "nhi-enroll"));
        return myNumber == null ? checkIn : checkIn.withMyNumber(myNumber);
    }

    private String checkIn(String myNumber) {
        var response = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkInWith(myNumber)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("visitId").asText();
    }

    /** The PDF's text with all white space removed (the number is drawn one digit per box). */
    private String pdfText(String visitId, String formId) {
        var response = http().asClerk().getBytes("/api/visits/" + visitId + "/forms/" + formId + ".pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
