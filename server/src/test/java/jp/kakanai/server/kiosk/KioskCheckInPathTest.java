package jp.kakanai.server.kiosk;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.StreamSupport;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.app.KioskSettings;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.forms.wareki.WarekiFormatter;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.demo.DemoCredentials;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton end to end: a real kiosk app with the demo resident's emulated My Number Card,
 * driven through its local HTTP API as the touch page drives it, checks in at this server with the
 * demo device token, with the new address picked from the town's address master; a clerk then prints the 住民異動届
 * and finds the card's data in it, the card's address as the previous one and the picked one as the new one.
 */
class KioskCheckInPathTest extends ServerHttpTest {
    private KioskApp kiosk;
    private HttpFixture kioskPage;

    @BeforeEach
    void startKiosk() {
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader("Kiosk reader");
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();
        kiosk = KioskApp.start(KioskSettings.of(URI.create("http://localhost:" + port), DemoCredentials.KIOSK_TOKEN)
                .withPort(0), () -> factory, Optional.of(reader));
        kioskPage = new HttpFixture(kiosk.url().toString().replaceAll("/$", ""));
    }

    @AfterEach
    void stopKiosk() {
        kiosk.close();
    }

    @Test
    void aCardReadWithThePinChecksInAndTheClerkPrintsTheFormWithTheCardsData() throws IOException {
        assertThat(json(kioskPage.get("/api/card/tries")).get("triesLeft").asInt()).isEqualTo(3);
        JsonNode read = json(kioskPage.postJson("/api/card/read", "{\"pin\":\"" + DemoCards.PIN + "\"}"));
        assertThat(read.get("outcome").asText()).isEqualTo("read");
        assertThat(kioskPage.sendJson("PUT", "/api/visit/life-event", "{\"lifeEvent\":\"move-in\"}").statusCode())
                .isEqualTo(200);
        String movedOn = LocalDate.now(OfficeClock.ZONE).minusDays(3).toString();
        JsonNode move = json(kioskPage.sendJson("PUT", "/api/visit/move", "{\"date\":\"" + movedOn + "\","
                + "\"newAddress\":{\"machiazaId\":\"0000003\",\"block\":4,\"residence\":5}}"));
        assertThat(move.get("outcome").asText()).as(move.toString()).isEqualTo("accepted");
        assertThat(move.at("/move/newAddress/text").asText()).isEqualTo("静岡県下田市三丁目4番5号");

        JsonNode checkIn = json(kioskPage.postJson("/api/visit/check-in", ""));
        if (checkIn.get("outcome").asText().equals("repeat")) {
            // Another test checked the demo resident in today already: a visit of its own.
            checkIn = json(kioskPage.postJson("/api/visit/check-in?repeat=separate", ""));
        }

        assertThat(checkIn.get("outcome").asText()).as(checkIn.toString()).isEqualTo("accepted");
        String ticket = checkIn.get("ticketNumber").asText();
        JsonNode visit = StreamSupport.stream(json(http().asClerk().get("/api/visits")).spliterator(), false)
                .filter(v -> v.get("ticketNumber").asText().equals(ticket)).findFirst()
                .orElseThrow(() -> new AssertionError("no visit with ticket " + ticket));
        assertThat(visit.get("kioskId").asText()).isEqualTo(DemoCredentials.KIOSK_ID);
        assertThat(visit.get("lifeEvent").asText()).isEqualTo("move-in");

        var pdf = http().asClerk().getBytes("/api/visits/" + visit.get("id").asText() + "/forms/resident-change.pdf");

        assertThat(pdf.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            // in reading order: the renderer draws the form's fixed captions before the data
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("\\s", "");
            assertThat(text).contains(DemoCards.RESIDENT.name().replace(" ", ""), "昭和64年1月7日",
                    "新しい住所静岡県下田市三丁目4番5号",
                    "前の住所" + DemoCards.RESIDENT.address().replaceAll("\\s", ""),
                    WarekiFormatter.format(LocalDate.parse(movedOn)));
        }
    }
}
