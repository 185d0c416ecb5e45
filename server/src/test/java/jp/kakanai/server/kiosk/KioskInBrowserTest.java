package jp.kakanai.server.kiosk;

import static jp.kakanai.server.HttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import javax.imageio.ImageIO;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.app.KioskSettings;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.kiosk.qr.QrImageDecoder.ImageScan;
import jp.kakanai.kiosk.qr.QrImageDecoder;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.browser.HeadlessChromium;
import jp.kakanai.server.demo.DemoCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The resident's kiosk in a real headless Chromium, with a real kiosk app (emulated My Number Card in an
 * in-JVM reader) in front of this server: the whole flow, a wrong PIN, a pulled card, the idle reset,
 * every language, and a server that is down at check-in. Every screen is checked with axe-core (WCAG 2.2
 * AA) and saved as a screenshot under target/screenshots/kiosk-*.png. One browser for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskInBrowserTest extends ServerHttpTest {
    private static HeadlessChromium browser;
    private final List<KioskApp> kiosks = new ArrayList<>();
    private EmulatedReader reader;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @AfterEach
    void stopKiosks() {
        kiosks.forEach(KioskApp::close);
    }

    @Test
    @Order(1)
    void aResidentGoesFromTheCardToATicketAndEveryScreenPassesAxe() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        reader.remove();
        browser.open(kiosk.url().toString());
        screen("language");
        check("01-language");
        click(By.cssSelector("#language-list [data-lang='ja']"));
        screen("card");
        check("02-card");

        reader.insert(DemoCards.myNumberCard());
        screen("pin");
        assertThat(text("pin-tries")).contains("3");
        check("03-pin");
        enterPin(DemoCards.PIN);
        screen("confirm");
        assertThat(text("resident")).contains(DemoCards.RESIDENT.name(), "昭和64年1月7日", "1989/01/07");
        check("04-confirm");
        click(By.id("btn-confirm"));
        screen("event");
        check("05-event");
        click(By.cssSelector("#event-list [data-event='move-in']"));

        answerQuestionsUntilTheSummary(Map.of("health-insurance", "national"));
        assertThat(text("summary-route")).contains("市民課", "転入届", "保険年金課");
        assertThat(text("summary-bring")).isNotBlank();
        assertThat(visible("mynumber-box")).as("国保 prints the My Number").isTrue();
        check("09-summary");
        // The catalog's names in the resident's language, the Japanese beside them to show at the counter.
        JsonNode moveIn = StreamSupport.stream(json(http().asKiosk().get("/api/navigation/catalog")).get("procedures")
                .spliterator(), false).filter(p -> p.get("id").asText().equals("resident-move-in")).findFirst().orElseThrow();
        chooseLanguage("vi", "summary");
        assertThat(text("summary-route")).contains(moveIn.at("/name/vi").asText(), "転入届")
                .doesNotContain(moveIn.at("/name/en").asText());
        check("09-summary-vi");
        chooseLanguage("easy", "summary");
        assertThat(browser.driver().findElement(By.id("summary-route")).getAttribute("innerHTML"))
                .contains("<ruby>転入届<rp>(</rp><rt>てんにゅうとどけ</rt>");
        check("09-summary-easy");
        chooseLanguage("ja", "summary");
        click(By.id("btn-mynumber"));
        screen("pin");
        assertThat(text("pin-purpose")).contains("個人番号");
        check("10-pin-my-number");
        enterPin(DemoCards.PIN);
        screen("summary");
        browser.until(d -> text("mynumber-read").contains("********9018"));
        assertThat(browser.driver().getPageSource()).doesNotContain(DemoCards.MY_NUMBER);
        check("11-summary-my-number-read");

        click(By.id("btn-checkin"));
        screen("ticket");
        String ticket = text("ticket-number");
        assertThat(ticket).matches("[A-Z]-\\d{3}");
        assertThat(text("ticket-route")).contains("市民課");
        assertThat(ticketQrText()).as("the ticket's QR leads the phone to this ticket's status page")
                .isEqualTo(PUBLIC_URL + "/board/ticket.html?t=" + ticket);
        check("12-ticket");
        printLayout("13-ticket-print");
        chooseLanguage("ko", "ticket");
        assertThat(text("ticket-route")).contains(moveIn.at("/name/ko").asText(), "転入届");
        check("14-ticket-ko");

        JsonNode visit = visitWithTicket(http(), ticket);
        assertThat(visit.get("procedures")).extracting(JsonNode::asText).contains("resident-move-in", "nhi-enroll");
        assertThat(visit.get("myNumber").asText()).isEqualTo("********9018");
        JsonNode checklist = json(http().asClerk().get("/api/visits/" + visit.get("id").asText() + "/checklist"));
        assertThat(checklist.get("version").asInt()).as("the kiosk's answers arrived as facts").isEqualTo(1);
        assertThat(checklist.at("/answers/health-insurance").asText()).isEqualTo("national");
        assertThat(kiosk.session().reading()).as("the card's data is dropped once the ticket is out").isEmpty();

        click(By.id("btn-finish"));
        screen("language");
    }

    @Test
    @Order(2)
    void aWrongPinShowsTheTriesLeftAndOneTryLeftSendsTheResidentToStaff() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        browser.open(kiosk.url().toString());
        click(By.cssSelector("#language-list [data-lang='en']"));
        screen("pin");

        enterPin("9999");

        browser.until(d -> text("pin-error").contains("Wrong PIN. Tries left: 2"));
        assertThat(text("pin-tries")).contains("2");
        check("20-wrong-pin");
        enterPin("8888");
        screen("staff");
        assertThat(text("staff-message")).contains("Only one PIN try is left");
        check("21-one-try-left");
        click(By.id("btn-staff-restart"));
        screen("language");
    }

    @Test
    @Order(3)
    void pullingTheCardOutMidFlowWipesTheDataAndAsksForTheCardAgain() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        readTheCardInJapanese(kiosk);

        reader.remove();

        screen("card");
        browser.until(d -> text("status").contains("カードが離れたため"));
        assertThat(text("resident")).isEmpty();
        assertThat(kiosk.session().reading()).isEmpty();
        check("30-card-removed");
    }

    @Test
    @Order(4)
    void anUntouchedKioskWarnsThenStartsOver() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(6));
        browser.open(kiosk.url().toString());
        click(By.cssSelector("#language-list [data-lang='ja']"));
        screen("pin");
        enterPin(DemoCards.PIN);
        screen("confirm");

        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-dialog")));
        assertThat(text("idle-text")).contains("秒後に最初の画面に戻ります");
        check("40-idle-warning");
        click(By.id("btn-continue"));
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle-dialog")));
        assertThat(kiosk.session().reading()).as("continue keeps the data").isPresent();

        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> visible("screen-language"));
        browser.until(d -> text("status").contains("最初の画面に戻りました"));
        assertThat(kiosk.session().reading()).isEmpty();
        check("41-idle-reset");
    }

    @Test
    @Order(5)
    void everyLanguageRendersItsOwnTextsAndTheServersQuestionsAtAnyStep() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        readTheCardInJapanese(kiosk);
        click(By.cssSelector("#event-list [data-event='move-in']"));
        screen("question");
        JsonNode questions = json(http().asKiosk().get("/api/navigation/questions?event=move-in&birthDate=1989-01-07&cardRead=true"));
        JsonNode first = questions.get("questions").get(0);
        assertThat(currentQuestion()).isEqualTo(first.get("id").asText());

        Object missing = ((JavascriptExecutor) browser.driver()).executeScript(
                "const t = window.KIOSK_TEXTS; const keys = Object.keys(t.ja);"
                + " return Object.keys(t).flatMap(l => keys.filter(k => !(k in t[l])).map(k => l + ':' + k));");
        assertThat((List<?>) missing).as("every language has every text").isEmpty();
        for (String language : List.of("ja", "easy", "en", "zh", "ko", "vi", "pt")) {
            click(By.id("btn-language"));
            screen("language");
            click(By.cssSelector("#language-list [data-lang='" + language + "']"));
            screen("question");
            String expectedStartOver = pageText(language, "startOver");
            browser.until(d -> text("btn-restart").equals(expectedStartOver));
            String heading = text("h-question");
            if (language.equals("easy")) {
                assertThat(browser.driver().findElement(By.id("h-question")).getAttribute("innerHTML")).contains("<ruby>");
            } else {
                String expected = first.at("/text/" + (language.equals("ja") ? "ja" : language)).asText();
                assertThat(heading).as(language).isEqualTo(expected);
            }
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(language.equals("easy") ? "ja" : language);
            check("50-question-" + language);
        }
        click(By.id("btn-language"));
        click(By.cssSelector("#language-list [data-lang='vi']"));
        click(By.id("btn-question-back"));
        screen("event");
        assertThat(text("h-event")).isEqualTo(pageText("vi", "chooseEvent"));
        check("51-event-vi");
    }

    @Test
    @Order(6)
    void aServerDownAtCheckInIsSaidPlainlyAndTheRetryAfterItStartsIssuesOneTicket() throws IOException {
        Path dataDir = Files.createTempDirectory("kakanai-kiosk-server-down");
        int serverPort = freePort();
        ConfigurableApplicationContext server = startServer(dataDir, serverPort);
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + serverPort), Duration.ofSeconds(300));
        readTheCardInJapanese(kiosk);
        click(By.cssSelector("#event-list [data-event='move-within']"));
        answerQuestionsUntilTheSummary(Map.of());

        server.close();
        click(By.id("btn-checkin"));

        screen("checkin");
        browser.until(d -> visible("server-down"));
        assertThat(text("server-down")).contains("つながりません", "残っています");
        assertThat(text("h-checkin")).as("the heading says what is true now").isEqualTo("受付のシステムとつながりません");
        check("60-server-down");
        assertThat(kiosk.session().reading()).as("what was entered is kept").isPresent();

        server = startServer(dataDir, serverPort);
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(40)).until(d -> visible("screen-ticket"));
            String ticket = text("ticket-number");
            check("61-ticket-after-retry");
            HttpFixture restarted = new HttpFixture("http://localhost:" + serverPort);
            JsonNode visits = json(restarted.asClerk().get("/api/visits"));
            assertThat(visits).as("exactly one visit, with the ticket on screen").hasSize(1);
            assertThat(visits.get(0).get("ticketNumber").asText()).isEqualTo(ticket);
        } finally {
            server.close();
        }
    }

    @Test
    @Order(7)
    void theKioskWorksWithTheKeyboardAloneAndPassesAxeInLargeTextAndHighContrast() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        browser.open(kiosk.url().toString());
        screen("language");
        tabUntil("document.activeElement.dataset.lang === 'en'");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        screen("pin");
        assertThat(activeId()).as("focus moves to the new screen's heading").isEqualTo("h-pin");

        new Actions(browser.driver()).sendKeys("1234").sendKeys(Keys.ENTER).perform();

        screen("confirm");
        assertThat(activeId()).isEqualTo("h-confirm");
        click(By.id("btn-large"));
        click(By.id("btn-contrast"));
        assertThat(browser.driver().findElement(By.id("btn-contrast")).getAttribute("aria-pressed")).isEqualTo("true");
        check("70-confirm-large-high-contrast");
        tabUntil("document.activeElement.id === 'btn-confirm'");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        screen("event");
        check("71-event-large-high-contrast");
        assertThat(kiosk.session().reading()).isPresent();
    }

    @Test
    @Order(8)
    void aQrCodeMadeAtHomeTakesTheResidentToATicketWithoutACard() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        reader.remove();
        browser.open(kiosk.url().toString());
        click(By.cssSelector("#language-list [data-lang='ja']"));
        screen("card");
        click(By.id("btn-qr"));
        screen("qr");
        check("80-qr");

        WebElement field = browser.driver().findElement(By.id("qr-text"));
        field.sendKeys("KKN1:THIS-IS-NOT-A-CODE" + Keys.ENTER);
        browser.until(d -> !text("qr-error").isEmpty());
        assertThat(kiosk.session().homeQr()).isEmpty();
        check("81-qr-damaged");

        HomeQrPayload atHome = HomeQrPayload.issue("move-in",
                new BasicFourInfo("書可 太郎", "東京都千代田区霞が関三丁目4番5号", LocalDate.of(1950, 4, 1), Sex.MALE),
                Optional.empty(), Answers.of("dog", "no"), Optional.of(List.of()), Instant.now(), Duration.ofDays(7));
        // A keyboard-wedge scanner types the code and Enter into the focused field.
        field.sendKeys(HomeQrCodec.encode(atHome) + Keys.ENTER);

        screen("confirm");
        assertThat(text("resident")).contains("書可 太郎", "昭和25年4月1日");
        check("82-qr-confirm");
        click(By.id("btn-confirm"));
        answerQuestionsUntilTheSummary(Map.of());
        assertThat(text("summary-route")).contains("転入届");
        click(By.id("btn-checkin"));
        screen("ticket");
        JsonNode visit = visitWithTicket(http(), text("ticket-number"));
        assertThat(visit.at("/resident/name").asText()).isEqualTo("書可 太郎");
        assertThat(visit.get("lifeEvent").asText()).isEqualTo("move-in");
        assertThat(kiosk.session().homeQr()).as("nothing of the code is kept after the ticket").isEmpty();
    }

    private void tabUntil(String condition) {
        for (int i = 0; i < 30; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return " + condition))) {
                return;
            }
        }
        throw new AssertionError("keyboard focus never reached: " + condition);
    }

    private String activeId() {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id"));
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private KioskApp kiosk(URI server, Duration idle) {
        EmulatedReaders readers = new EmulatedReaders();
        reader = readers.addReader("Kiosk reader");
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();
        KioskApp kiosk = KioskApp.start(KioskSettings.of(server, DemoCredentials.KIOSK_TOKEN).withPort(0)
                .withIdleTimeout(idle), () -> factory, Optional.of(reader));
        kiosks.add(kiosk);
        return kiosk;
    }

    /** Answers whatever the server asks (the given answers, else "no" or the first choice; alone at home). */
    private void answerQuestionsUntilTheSummary(Map<String, String> answers) {
        int asked = 0;
        while (true) {
            browser.until(d -> visible("screen-question") || visible("screen-summary"));
            if (visible("screen-summary")) {
                return;
            }
            if (asked == 0) {
                check("06-question-household");
            }
            String question = currentQuestion();
            if (visible("household")) {
                if (asked == 0) {
                    click(By.cssSelector("#relationship-list [data-relationship='spouse']"));
                    click(By.id("btn-add-member"));
                    browser.until(d -> !text("member-error").isEmpty());
                    new Select(browser.driver().findElement(By.id("member-year"))).selectByValue("1990");
                    new Select(browser.driver().findElement(By.id("member-month"))).selectByValue("2");
                    new Select(browser.driver().findElement(By.id("member-day"))).selectByValue("30");
                    click(By.id("btn-add-member"));
                    assertThat(text("member-error")).as("30 February").isNotEmpty();
                    new Select(browser.driver().findElement(By.id("member-day"))).selectByValue("28");
                    click(By.id("btn-add-member"));
                    browser.until(d -> text("household-list").contains("1990/02/28"));
                    check("07-household-member");
                    click(By.cssSelector("#household-list button"));
                }
                click(By.id("btn-alone"));
            } else {
                if (asked == 1) {
                    check("08-question");
                }
                List<WebElement> choices = browser.driver().findElements(By.cssSelector("#question-choices button"));
                String wanted = Optional.ofNullable(answers.get(question))
                        .orElse(choices.stream().anyMatch(c -> "no".equals(c.getAttribute("data-value"))) ? "no"
                                : choices.get(0).getAttribute("data-value"));
                click(By.cssSelector("#question-choices [data-value='" + wanted + "']"));
            }
            // The next question (or the summary) comes from the server: wait for it before looking again.
            browser.until(d -> !visible("screen-question") || !question.equals(currentQuestion()));
            asked++;
            assertThat(asked).as("the questions end").isLessThan(20);
        }
    }

    private String currentQuestion() {
        return browser.driver().findElement(By.id("question-choices")).getAttribute("data-question");
    }

    /** Opens the kiosk, chooses 日本語, enters the demo PIN, confirms the data: the life event screen. */
    private void readTheCardInJapanese(KioskApp kiosk) {
        browser.open(kiosk.url().toString());
        click(By.cssSelector("#language-list [data-lang='ja']"));
        screen("pin");
        enterPin(DemoCards.PIN);
        screen("confirm");
        click(By.id("btn-confirm"));
        screen("event");
    }

    /** The language button from any screen, a language, and back on the same screen in that language. */
    private void chooseLanguage(String language, String screen) {
        click(By.id("btn-language"));
        screen("language");
        click(By.cssSelector("#language-list [data-lang='" + language + "']"));
        screen(screen);
        String expectedStartOver = pageText(language, "startOver");
        browser.until(d -> text("btn-restart").equals(expectedStartOver));
    }

    private void enterPin(String pin) {
        for (char digit : pin.toCharArray()) {
            click(By.cssSelector("#keypad [data-digit='" + digit + "']"));
        }
        click(By.id("pin-ok"));
    }

    private void screen(String name) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(d -> visible("screen-" + name));
    }

    private boolean visible(String id) {
        List<WebElement> found = browser.driver().findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    private void click(By by) {
        browser.until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private String text(String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }

    /** The page's own text of a key in a language, without furigana markup. */
    private String pageText(String language, String key) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeScript(
                "return window.KIOSK_TEXTS[arguments[0]][arguments[1]].replace(/\\{([^|{}]+)\\|([^|{}]+)\\}/g, '$1')",
                language, key));
    }

    /** A screenshot and the axe-core WCAG 2.2 AA check of the screen as it is now. */
    private void check(String name) {
        browser.screenshot("kiosk-" + name);
        assertThat(browser.accessibilityViolations()).as("axe on " + name).isEmpty();
    }

    /** The QR code on the ticket screen, read from a picture of it as a phone's camera would. */
    private static String ticketQrText() {
        try {
            byte[] png = browser.driver().findElement(By.id("ticket-qr")).getScreenshotAs(OutputType.BYTES);
            ImageScan scan = new QrImageDecoder().scan(ImageIO.read(new ByteArrayInputStream(png)));
            assertThat(scan).isInstanceOf(ImageScan.Found.class);
            return ((ImageScan.Found) scan).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ticket as the printer sees it (print CSS), saved as a screenshot. */
    private void printLayout(String name) {
        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(visible("btn-print")).as("buttons are not printed").isFalse();
            assertThat(visible("ticket-number")).isTrue();
            browser.screenshot("kiosk-" + name);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }

    private static JsonNode visitWithTicket(HttpFixture http, String ticket) {
        return StreamSupport.stream(json(http.asClerk().get("/api/visits")).spliterator(), false)
                .filter(v -> v.get("ticketNumber").asText().equals(ticket)).findFirst()
                .orElseThrow(() -> new AssertionError("no visit with ticket " + ticket));
    }

    private static ConfigurableApplicationContext startServer(Path dataDir, int port) {
        return new SpringApplicationBuilder(KakanaiServer.class).profiles("demo")
                .run("--server.port=" + port, "--kakanai.data-dir=" + dataDir);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
