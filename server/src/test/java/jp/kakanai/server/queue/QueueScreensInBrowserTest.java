package jp.kakanai.server.queue;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.app.KioskSettings;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.kiosk.qr.QrImageDecoder;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.browser.HeadlessChromium;
import jp.kakanai.server.demo.DemoCredentials;
import jp.kakanai.server.visit.CheckInFixture;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The queue's screens in one real headless Chromium against this server: the ticket machine page of a real
 * kiosk app (its ticket, QR code and 80 mm print), the board's calls (spoken where a Japanese voice exists,
 * with a stubbed {@code speechSynthesis}; chime and screen where none), and the phone page's alert when two
 * remain ahead. Each test queues at a department of its own, so other classes sharing the server do not
 * change its figures.
 */
class QueueScreensInBrowserTest extends ServerHttpTest {
    private static final Map<String, String> DESK = Map.of("counter", "3番窓口");
    private static HeadlessChromium browser;
    private Optional<String> injected = Optional.empty();

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void removeInjectedScript() {
        injected.ifPresent(id -> cdp("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", id)));
        injected = Optional.empty();
    }

    @Test
    void theTicketMachineIssuesATicketForAPurposeWithItsQrCodeAndPrintsIt80mmWide() throws IOException {
        String number;
        try (KioskApp kiosk = KioskApp.start(KioskSettings.of(URI.create("http://localhost:" + port),
                DemoCredentials.KIOSK_TOKEN).withPort(0), () -> new EmulatedReaders().terminalFactory(), Optional.empty())) {
            // The kiosk's Chromium prints silently (--kiosk-printing); here the request to print is counted,
            // and the receipt is printed to PDF below as the printer would get it.
            injectBeforeLoad("window.__printed = 0; window.print = () => { window.__printed++; };");
            browser.open(kiosk.url() + "machine.html");
            browser.until(d -> d.findElements(By.cssSelector("#purposes .purpose")).size() == 3);
            assertThat(browser.driver().findElement(By.id("purposes")).getText()).contains("相談", "証明書", "その他",
                    "Certificates");
            browser.screenshot("machine-01-purposes");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().findElement(By.cssSelector("[data-purpose='certificate']")).click();
            number = browser.visible(By.id("ticket-number")).getText();
            assertThat(number).matches("A-\\d{3,}");
            assertThat(browser.driver().findElement(By.id("ticket")).getText()).contains("証明書", "市民課");
            browser.screenshot("machine-02-ticket");
            assertThat(browser.accessibilityViolations()).isEmpty();
            var code = browser.driver().findElement(By.id("ticket-qr"));
            ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()", code);
            byte[] qr = code.getScreenshotAs(OutputType.BYTES);
            var scan = new QrImageDecoder().scan(ImageIO.read(new ByteArrayInputStream(qr)));
            assertThat(scan).as(scan.toString()).isInstanceOf(QrImageDecoder.ImageScan.Found.class);
            assertThat(((QrImageDecoder.ImageScan.Found) scan).text()).isEqualTo(PUBLIC_URL + "/board/ticket.html?t=" + number);

            assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.__printed")).isEqualTo(1L);
            try (PDDocument pdf = Loader.loadPDF(printed())) {
                assertThat(pdf.getNumberOfPages()).as("one receipt").isOne();
                assertThat(pdf.getPage(0).getMediaBox().getWidth()).as("80 mm in points").isCloseTo(226.8f,
                        org.assertj.core.data.Offset.offset(1f));
                assertThat(new PDFTextStripper().getText(pdf)).contains(number, "証明書", "市民課");
            }
            assertThat(json(http().get("/api/board/tickets/" + number)).get("status").asText()).isEqualTo("WAITING");
        }
        // The clerks see it in their list with its purpose and serve it from there.
        browser.login(url(""), DemoCredentials.CLERK, DemoCredentials.CLERK_PASSWORD);
        browser.open(url("/staff/"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("machine-rows"), number));
        var row = browser.driver().findElements(By.cssSelector("#machine-rows tr")).stream()
                .filter(r -> r.getText().contains(number)).findFirst().orElseThrow();
        assertThat(row.getText()).contains("証明書", "市民課", "待ち");
        row.findElement(By.xpath(".//button[text()='対応開始']")).click();
        browser.until(d -> d.findElements(By.cssSelector("#machine-rows tr")).stream()
                .anyMatch(r -> r.getText().contains(number) && r.getText().contains("対応中")));
        browser.driver().manage().deleteAllCookies();
    }

    @Test
    void theBoardSpeaksEachCallInJapaneseAndEnglishAndAgainOnRecall() {
        injectBeforeLoad("""
                window.__spoken = [];
                const voices = [{ name: 'stub-ja', lang: 'ja-JP' }, { name: 'stub-en', lang: 'en-US' }];
                Object.defineProperty(window, 'speechSynthesis', { value: {
                  getVoices: () => voices, speak: u => window.__spoken.push(u.lang + ' ' + u.text),
                  addEventListener: () => {}, cancel: () => {} } });
                window.SpeechSynthesisUtterance = function (text) { this.text = text; };
                """);
        String visit = checkIn("long-term-care").get("visitId").asText();
        browser.open(url("/board/"));
        browser.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-voice", "ja"));
        String ticket = json(http().asClerk().postJson("/api/queue/kaigo/call-next", DESK)).get("ticketNumber").asText();

        browser.until(d -> spoken().size() == 2);
        String letter = ticket.substring(0, 1);
        int number = Integer.parseInt(ticket.substring(2));
        assertThat(spoken()).containsExactly(
                "ja-JP 受付番号、" + Map.of("C", "シー").getOrDefault(letter, letter) + "、" + number + "番の方、3番窓口へお越しください。",
                "en-US Ticket number " + letter + " " + number + ", please come to counter 3.");
        assertThat(browser.visible(By.id("call")).getText()).contains(ticket, "3番窓口");
        browser.screenshot("board-02-call");
        assertThat(browser.accessibilityViolations()).isEmpty();

        http().asClerk().postJson("/api/queue/visits/" + visit + "/recall", DESK);
        browser.until(d -> spoken().size() == 4);
        http().asClerk().postJson("/api/queue/visits/" + visit + "/close", DESK);
    }

    @Test
    void withoutAJapaneseVoiceTheBoardCallsWithTheChimeAndOnTheScreen() {
        injectBeforeLoad("""
                window.__spoken = [];
                Object.defineProperty(window, 'speechSynthesis', { value: {
                  getVoices: () => [{ name: 'stub-en', lang: 'en-US' }], speak: u => window.__spoken.push(u.text),
                  addEventListener: () => {}, cancel: () => {} } });
                """);
        String visit = checkIn("school-transfer").get("visitId").asText();
        browser.open(url("/board/"));
        browser.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-voice", "none"));
        browser.driver().findElement(By.id("sound")).click();
        String ticket = json(http().asClerk().postJson("/api/queue/gakumu/call-next", DESK)).get("ticketNumber").asText();

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("call"), ticket));
        assertThat(browser.driver().findElement(By.id("voice")).getText()).contains("画面とチャイム");
        assertThat(spoken()).as("no Japanese voice: nothing spoken").isEmpty();
        http().asClerk().postJson("/api/queue/visits/" + visit + "/close", DESK);
    }

    @Test
    void headlessChromiumsOwnVoicesAreDetectedNotAssumed() {
        browser.open(url("/board/"));
        browser.until(d -> d.findElement(By.tagName("body")).getAttribute("data-voice") != null);
        Boolean hasJapanese = (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return speechSynthesis.getVoices().some(v => /^ja/i.test(v.lang));");
        assertThat(browser.driver().findElement(By.tagName("body")).getAttribute("data-voice"))
                .isEqualTo(hasJapanese ? "ja" : "none");
    }

    @Test
    void thePhoneAlertsOnceWhenTwoRemainAheadAndAgainWhenCalled() {
        injectBeforeLoad("""
                window.__vibrations = [];
                navigator.vibrate = pattern => { window.__vibrations.push(pattern.join(' ')); return true; };
                """);
        List<com.fasterxml.jackson.databind.JsonNode> receipts = List.of(1, 2, 3, 4).stream()
                .map(i -> checkIn("child-allowance")).toList();
        String mine = receipts.get(3).get("ticketNumber").asText();
        int ahead = json(http().get("/api/board/tickets/" + mine)).get("ahead").asInt();
        assertThat(ahead).isGreaterThanOrEqualTo(3);
        browser.open(url("/board/ticket.html?t=" + mine));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("number"), mine));
        browser.driver().findElement(By.id("alerts")).click();
        assertThat(vibrations()).isEmpty();

        for (int i = 0; i < ahead - 2; i++) {
            http().asClerk().postJson("/api/queue/kodomo/call-next", DESK);
        }
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), Duration.ofSeconds(25))
                .until(d -> vibrations().size() == 1);
        assertThat(vibrations()).containsExactly("300 150 300");
        assertThat(browser.driver().findElement(By.id("state")).getText()).contains("まもなくお呼びします");
        browser.screenshot("ticket-02-near");
        assertThat(browser.accessibilityViolations()).isEmpty();
        receipts.forEach(r -> http().asClerk().postJson("/api/queue/visits/" + r.get("visitId").asText() + "/close", DESK));
    }

    @Test
    void aPhoneBooksAVisitWhoseCodeTheTicketMachineReadsAndTheCongestionPageIsPublic() throws IOException {
        browser.open(url("/reserve/"));
        browser.visible(By.cssSelector("[data-item='certificate']")).click();
        browser.visible(By.cssSelector("#slots .slot:not([disabled])")).click();
        browser.visible(By.id("book")).click();
        String code = browser.visible(By.id("code")).getText();
        assertThat(code).matches("RSV-\\w{4}-\\w{4}");
        browser.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.getElementById('qr').complete && document.getElementById('qr').naturalWidth > 0"));
        var scan = new QrImageDecoder().scan(ImageIO.read(new ByteArrayInputStream(
                browser.driver().findElement(By.id("qr")).getScreenshotAs(OutputType.BYTES))));
        assertThat(scan).as(scan.toString()).isInstanceOf(QrImageDecoder.ImageScan.Found.class);
        assertThat(((QrImageDecoder.ImageScan.Found) scan).text()).isEqualTo(code);
        assertThat(browser.driver().findElement(By.id("done-facts")).getText()).contains("証明書", "市民課");
        browser.screenshot("reserve-01-booked");
        assertThat(browser.accessibilityViolations()).isEmpty();

        // At the machine before the slot's window (or on another day): the machine says when to come.
        try (KioskApp kiosk = KioskApp.start(KioskSettings.of(URI.create("http://localhost:" + port),
                DemoCredentials.KIOSK_TOKEN).withPort(0), () -> new EmulatedReaders().terminalFactory(), Optional.empty())) {
            browser.open(kiosk.url() + "machine.html");
            browser.visible(By.id("btn-reservation")).click();
            browser.visible(By.id("reservation-code")).sendKeys(code.toLowerCase() + "\n");
            browser.until(d -> d.findElement(By.id("status")).getText().matches(".*(からお受けします|この予約は).*"));
            browser.screenshot("machine-03-reservation-early");
            assertThat(browser.accessibilityViolations()).isEmpty();
        }
        assertThat(json(http().get("/api/reservations/" + code)).get("status").asText()).isEqualTo("BOOKED");

        browser.open(url("/congestion/"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("now"), "市民課"));
        browser.screenshot("congestion-01");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    private byte[] printed() {
        Map<String, Object> pdf = cdp("Page.printToPDF", Map.of("preferCSSPageSize", true, "printBackground", false));
        return Base64.getDecoder().decode((String) pdf.get("data"));
    }

    private void injectBeforeLoad(String script) {
        injected = Optional.of((String) cdp("Page.addScriptToEvaluateOnNewDocument", Map.of("source", script))
                .get("identifier"));
    }

    private static Map<String, Object> cdp(String command, Map<String, Object> parameters) {
        return ((ChromeDriver) browser.driver()).executeCdpCommand(command, parameters);
    }

    @SuppressWarnings("unchecked")
    private static List<String> spoken() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return window.__spoken || [];");
    }

    @SuppressWarnings("unchecked")
    private static List<String> vibrations() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("return window.__vibrations || [];");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private com.fasterxml.jackson.databind.JsonNode checkIn(String procedure) {
        CheckIn checkIn = new CheckIn(CheckInFixture.resident(), "move-in", List.of(procedure));
        var created = http().asKiosk().postJson("/api/visits", CheckInFixture.json(checkIn));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created);
    }
}
