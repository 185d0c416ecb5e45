package jp.kakanai.server.kiosk;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.stream.StreamSupport;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.app.KioskSettings;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.townpack.PackUploads;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 番号法 with a town's own pack: the kiosk reads the My Number from the card only for the forms that print it in
 * the town pack in force on the server, not in the sample built into the kiosk. The town here differs from the
 * sample both ways: its 住民異動届 has a 個人番号 box (the sample's has none) and its 国保 資格喪失届 has none (the
 * sample's has one). A real kiosk with the demo resident's emulated card, driven through its local API.
 */
class MyNumberByTheTownsPackTest extends ServerHttpTest {
    /** The town's 個人番号 box on its 住民異動届, below the signature (mm from the sheet's top left). */
    private static final String RESIDENT_CHANGE_BOX = "{ \"kind\": \"my-number\", \"label\": \"個人番号\", \"labelWidth\": 20,"
            + " \"source\": \"resident.myNumber\", \"x\": 10, \"y\": 214, \"w\": 110, \"h\": 10 },\n";
    private static final String SIGNATURE_LINE = "    { \"kind\": \"label\", \"text\": \"上記の内容に誤りがないことを確認し、署名してください。\"";
    private static final String NHI_WITHDRAW_BOX = "    { \"kind\": \"my-number\", \"label\": \"個人番号\", \"labelWidth\": 20,"
            + " \"source\": \"resident.myNumber\", \"x\": 90, \"y\": 76, \"w\": 110, \"h\": 10 },\n";

    @Autowired
    JdbcClient jdbc;

    private final EmulatedReaders readers = new EmulatedReaders();
    private final EmulatedReader reader = readers.addReader("Kiosk reader");
    private EmulatedMyNumberCard card;
    private KioskApp kiosk;
    private HttpFixture kioskPage;
    private KioskLocalApi local;
    private int original;

    @BeforeEach
    void townPackOfItsOwn() {
        HttpFixture manager = http().asManager();
        original = json(manager.get("/api/town/versions")).get("inForce").asInt();
        byte[] town = new PackUploads()
                .edit("forms/resident-change.json", t -> t.replace(SIGNATURE_LINE, "    " + RESIDENT_CHANGE_BOX + SIGNATURE_LINE))
                .edit("forms/nhi-withdraw.json", t -> t.replace(NHI_WITHDRAW_BOX, ""))
                .zip();
        var uploaded = manager.postBytes("/api/town/versions?note=my%20number%20boxes", "application/zip", town);
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        card = DemoCards.myNumberCard();
        reader.insert(card);
        TerminalFactory factory = readers.terminalFactory();
        kiosk = KioskApp.start(KioskSettings.of(URI.create("http://localhost:" + port), jp.kakanai.server.demo.DemoCredentials.KIOSK_TOKEN)
                .withPort(0), () -> factory, Optional.of(reader));
        local = new KioskLocalApi(kiosk, reader);
        kioskPage = local.page();
    }

    @AfterEach
    void sampleAgain() {
        kiosk.close();
        var restored = http().asManager().postJson("/api/town/versions/" + original + "/activate", "");
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    }

    @Test
    void theMyNumberIsReadForTheTownsFormsThatPrintItAndNotForTheSamples() throws IOException {
        // A move-in: in this town the 住民異動届 prints the number, so the kiosk offers to read it and does.
        readCardAndChooseMoveIn();
        JsonNode route = json(kioskPage.get("/api/visit/route"));
        assertThat(route.get("myNumberForms")).extracting(JsonNode::asText).containsExactly("resident-change");
        int before = card.commandCount();
        JsonNode read = json(kioskPage.postJson("/api/card/my-number", "{\"pin\":\"" + DemoCards.PIN + "\"}"));
        assertThat(read.get("outcome").asText()).as(read.toString()).isEqualTo("read");
        assertThat(card.commandCount() - before).as("the card was read again, EF 0001 with it").isPositive();
        String moveIn = visitOf(checkIn());
        assertThat(myNumbersStored(moveIn)).isOne();
        assertThat(myNumberBoxOfResidentChange(moveIn)).isEqualTo(DemoCards.MY_NUMBER);

        // The next resident took a job with its health insurance: the 国保 資格喪失届 prints the number in the sample,
        // not in this town.
        kioskPage.postJson("/api/reset", "");
        local.nextResident(card);
        local.readCardAndChoose("employment");
        kioskPage.sendJson("PUT", "/api/visit/household", "{\"known\":true,\"members\":[]}");
        kioskPage.sendJson("PUT", "/api/visit/answers/pension-exemption", "{\"value\":\"no\"}");
        route = json(kioskPage.sendJson("PUT", "/api/visit/answers/joined-employee-insurance", "{\"value\":\"yes\"}"));
        assertThat(neededProcedures(route)).contains("nhi-withdraw");
        assertThat(route.get("myNumberForms")).as("nhi-withdraw prints no number in this town").isEmpty();
        before = card.commandCount();
        var refused = kioskPage.postJson("/api/card/my-number", "{\"pin\":\"" + DemoCards.PIN + "\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(card.commandCount()).as("the card was not even asked").isEqualTo(before);
        String nhi = visitOf(checkIn());
        assertThat(myNumbersStored(nhi)).isZero();
        assertThat(pdfText(nhi, "nhi-withdraw")).contains("資格喪失届").doesNotContain(DemoCards.MY_NUMBER);
    }

    @Test
    void aPackSwitchedBackBeforeTheCheckInLeavesTheNumberReadOutAndTheCheckInGoesThrough() {
        readCardAndChooseMoveIn();
        assertThat(json(kioskPage.get("/api/visit/route")).get("myNumberForms")).extracting(JsonNode::asText)
                .containsExactly("resident-change");
        assertThat(json(kioskPage.postJson("/api/card/my-number", "{\"pin\":\"" + DemoCards.PIN + "\"}"))
                .get("outcome").asText()).isEqualTo("read");
        // Meanwhile the manager puts the sample back in force: its 住民異動届 prints no number, so the server refuses it.
        assertThat(http().asManager().postJson("/api/town/versions/" + original + "/activate", "").statusCode()).isEqualTo(200);

        String visit = visitOf(checkIn());

        assertThat(myNumbersStored(visit)).as("the number was left out, not stored").isZero();
        assertThat(json(http().asClerk().get("/api/visits/" + visit)).path("myNumber").isNull()
                || json(http().asClerk().get("/api/visits/" + visit)).path("myNumber").isMissingNode())
                .as("the clerk sees no number: the resident gives it at the counter").isTrue();
    }

    private void readCardAndChooseMoveIn() {
        local.readCardAndChoose("move-in");
    }

    private String checkIn() {
        JsonNode checkIn = local.checkIn();
        assertThat(checkIn.get("outcome").asText()).as(checkIn.toString()).isEqualTo("accepted");
        return checkIn.get("ticketNumber").asText();
    }

    private String visitOf(String ticket) {
        return StreamSupport.stream(json(http().asClerk().get("/api/visits")).spliterator(), false)
                .filter(v -> v.get("ticketNumber").asText().equals(ticket)).findFirst()
                .orElseThrow(() -> new AssertionError("no visit with ticket " + ticket)).get("id").asText();
    }

    private int myNumbersStored(String visit) {
        return jdbc.sql("select count(*) from visit_my_number where visit_id = :v").param("v", visit)
                .query(Integer.class).single();
    }

    private static java.util.List<String> neededProcedures(JsonNode route) {
        return StreamSupport.stream(route.get("items").spliterator(), false)
                .filter(i -> i.get("certainty").asText().equals("needed")).map(i -> i.get("procedureId").asText()).toList();
    }

    /** The town's 個人番号 box on the printed 住民異動届, read by its area (its 20 mm label cut off the front). */
    private String myNumberBoxOfResidentChange(String visit) throws IOException {
        double mm = 72 / 25.4;
        try (PDDocument pdf = Loader.loadPDF(pdfBytes(visit, "resident-change"))) {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion("box", new Rectangle2D.Double(30 * mm, 214 * mm, 90 * mm, 10 * mm));
            stripper.extractRegions(pdf.getPage(0));
            return stripper.getTextForRegion("box").replaceAll("\\s", "");
        }
    }

    private String pdfText(String visit, String form) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(pdfBytes(visit, form))) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s", "");
        }
    }

    private byte[] pdfBytes(String visit, String form) {
        var response = http().asClerk().getBytes("/api/visits/" + visit + "/forms/" + form + ".pdf");
        assertThat(response.statusCode()).as(form).isEqualTo(200);
        return response.body();
    }
}
