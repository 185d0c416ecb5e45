package jp.kakanai.server.townpack;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.checklist.ChecklistFixture;
import jp.kakanai.server.visit.CheckInFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A manager changes the town pack on a running server: a form's layout and a procedure's rule change for
 * visits started afterwards, visits started before keep their version to the printed page, an invalid pack
 * changes nothing, and the previous version comes back.
 */
class TownPackVersionsOverHttpTest extends ServerHttpTest {
    private static final String NEW_TITLE = "犬の登録事項変更届（令和8年様式）";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNewVersionChangesFormsAndRulesForNewVisitsOnlyAndThePreviousOneComesBack() throws IOException {
        HttpFixture manager = http().asManager();
        JsonNode before = json(manager.get("/api/town/versions"));
        int original = before.get("inForce").asInt();
        String visitBefore = checkIn();
        try {
            // The edit: the dog form gets a new title and its owner box moves down 2 mm; every move-in now
            // lists the dog registration change, without the dog question.
            byte[] edited = new PackUploads()
                    .edit("forms/dog-registration-change.json", t -> t.replace("\"title\": \"犬の登録事項変更届\"",
                            "\"title\": \"" + NEW_TITLE + "\"").replace("\"text\": \"所有者（届出人）\", \"x\": 10, \"y\": 38",
                            "\"text\": \"所有者（届出人）\", \"x\": 10, \"y\": 40"))
                    .edit("procedures.json", t -> t.replace(
                            "{\"event\": [\"move-in\", \"move-within\"], \"when\": {\"answer\": \"dog\", \"is\": \"yes\"},\n"
                                    + "         \"reason\": {\"ja\": \"犬を飼っているため\", \"en\": \"Owns a dog\"}}",
                            "{\"event\": [\"move-in\", \"move-within\"], \"when\": \"always\",\n"
                                    + "         \"reason\": {\"ja\": \"転入の全員に案内（町の方針）\", \"en\": \"Asked of everyone moving in\"}},\n"
                                    + "        {\"event\": \"move-out\", \"when\": {\"answer\": \"dog\", \"is\": \"yes\"},\n"
                                    + "         \"reason\": {\"ja\": \"犬を飼っているため\", \"en\": \"Owns a dog\"}}"))
                    // and the address master: a 町字 renamed (the next address picked is checked against it)
                    .edit("addresses/machiaza.csv", t -> t.replace(",白浜,シラハマ,", ",白浜海岸,シラハマカイガン,"))
                    .zip();
            var uploaded = manager.postBytes("/api/town/versions?note=dog%20form%202026", "application/zip", edited);
            assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
            int version = json(uploaded).get("version").asInt();
            assertThat(version).isGreaterThan(original);
            assertThat(json(uploaded).get("note").asText()).isEqualTo("dog form 2026");
            assertThat(json(http().get("/api/town")).get("hash").asText()).isEqualTo(json(uploaded).get("sha256").asText());

            assertThat(http().asClerk().get("/api/addresses/town").body()).contains("白浜海岸");
            String visitAfter = checkIn();
            JsonNode dog = dogItem(visitAfter);
            assertThat(dog.get("certainty").asText()).isEqualTo("needed");
            assertThat(dog.get("reason").get("ja").asText()).isEqualTo("転入の全員に案内（町の方針）");
            // The visit started before keeps its rules: the dog question is still open there.
            assertThat(dogItem(visitBefore).get("reason").get("ja").asText()).isEqualTo("要確認: 犬を飼っているため");

            PDDocument after = pdf(visitAfter);
            PDDocument earlier = pdf(visitBefore);
            assertThat(after.getDocumentInformation().getCustomMetadataValue("KakanaiTownPack"))
                    .isEqualTo("town pack " + version + " sha256:" + json(uploaded).get("sha256").asText());
            assertThat(earlier.getDocumentInformation().getCustomMetadataValue("KakanaiTownPack"))
                    .isEqualTo("town pack " + original + " sha256:" + before.get("sha256").asText());
            assertThat(text(after)).contains(NEW_TITLE);
            assertThat(text(earlier)).contains("犬の登録事項変更届").doesNotContain(NEW_TITLE);
            assertThat(jdbc.sql("select version from visit_town_pack where visit_id = :id").param("id", visitAfter)
                    .query(Integer.class).single()).isEqualTo(version);
            assertThat(jdbc.sql("select version, sha256 from printed_form where visit_id = :id")
                    .param("id", visitBefore).query((rs, row) -> rs.getInt(1) + " " + rs.getString(2)).list())
                    .containsExactly(original + " " + before.get("sha256").asText());
        } finally {
            var restored = manager.postJson("/api/town/versions/" + original + "/activate", "");
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
        assertThat(json(manager.get("/api/town/versions")).get("inForce").asInt()).isEqualTo(original);
        assertThat(http().asClerk().get("/api/addresses/town").body()).contains("\"白浜\"").doesNotContain("白浜海岸");
        assertThat(dogItem(checkIn()).get("reason").get("ja").asText()).isEqualTo("要確認: 犬を飼っているため");
    }

    @Test
    void anInvalidPackIsRefusedWithEveryProblemAndChangesNothing() {
        HttpFixture manager = http().asManager();
        int inForce = json(manager.get("/api/town/versions")).get("inForce").asInt();
        byte[] broken = new PackUploads()
                .edit("procedures.json", t -> t.replace("\"forms\": [\"nhi-enroll\"]", "\"forms\": [\"nhi-enrol\"]"))
                .edit("departments.json", t -> t.replace("      \"vi\": \"Phòng Công dân\",\n", ""))
                .zip();

        var refused = manager.postBytes("/api/town/versions", "application/zip", broken);

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problems = json(refused).get("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.findValuesAsText("file")).containsExactlyInAnyOrder("procedures.json", "departments.json");
        assertThat(problems.findValues("line")).allSatisfy(line -> assertThat(line.asInt()).isPositive());
        assertThat(json(manager.get("/api/town/versions")).get("inForce").asInt()).isEqualTo(inForce);
        assertThat(manager.postBytes("/api/town/versions", "application/zip", "not a zip".getBytes()).statusCode())
                .isEqualTo(400);
        var longNote = manager.postBytes("/api/town/versions?note=" + "%F0%A0%AE%B7".repeat(201), "application/zip",
                new PackUploads().zip());
        assertThat(longNote.statusCode()).isEqualTo(400);
        assertThat(longNote.body()).contains("note");
        assertThat(json(manager.get("/api/town/versions")).get("inForce").asInt()).isEqualTo(inForce);
    }

    @Test
    void onlyManagersChangeThePackAndAStoredVersionDownloadsAsItsDirectory() {
        assertThat(http().asClerk().postBytes("/api/town/versions", "application/zip", new PackUploads().zip())
                .statusCode()).isEqualTo(403);
        assertThat(http().postBytes("/api/town/versions", "application/zip", new PackUploads().zip()).statusCode())
                .isEqualTo(401);
        assertThat(http().asManager().postJson("/api/town/versions/999/activate", "").statusCode()).isEqualTo(404);
        var archive = http().asManager().getBytes("/api/town/versions/1/archive");
        assertThat(archive.statusCode()).isEqualTo(200);
        assertThat(jp.kakanai.forms.json.DataFiles.fromZip(archive.body()).text("town.json")).isPresent();
    }

    private String checkIn() {
        CheckIn moveIn = new CheckIn(CheckInFixture.resident(), "move-in", List.of("resident-move-in"));
        var receipt = http().asKiosk().postJson("/api/visits", CheckInFixture.json(moveIn));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        return json(receipt).get("visitId").asText();
    }

    private JsonNode dogItem(String visit) {
        return ChecklistFixture.item(http().asClerk(), visit, "dog-registration-change");
    }

    private PDDocument pdf(String visit) throws IOException {
        var response = http().asClerk().getBytes("/api/visits/" + visit + "/forms/dog-registration-change.pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        return Loader.loadPDF(response.body());
    }

    private static String text(PDDocument pdf) throws IOException {
        try (pdf) {
            return new PDFTextStripper().getText(pdf);
        }
    }
}
