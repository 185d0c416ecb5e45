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
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.navigation.Answers;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.app.KioskSettings;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.kiosk.qr.QrImageDecoder;
import jp.kakanai.kiosk.qr.QrImageDecoder.ImageScan;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.KakanaiServer;
import jp.kakanai.server.MovableClock;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.browser.HeadlessChromium;
import jp.kakanai.server.demo.DemoCredentials;
import jp.kakanai.server.reservation.PhoneBooking;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The resident's kiosk in a real headless Chromium, with a real kiosk app (emulated My Number Card in an
 * in-JVM reader) in front of this server: the whole flow, a wrong PIN, a pulled card, a card left behind,
 * the idle reset, every language, and a server that is down at check-in. Every screen is checked with
 * axe-core (WCAG 2.2 AA), measured on both tablet sizes in both text sizes, and saved as a screenshot under
 * target/screenshots/kiosk-*.png; the ticket is printed to PDF on a receipt roll and on A4. One browser for
 * the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KioskInBrowserTest extends ServerHttpTest {
    /** Residents of their own, so that no other test's visit of today makes their check-in a second one. */
    private static final String FIRST_RESIDENT = "受付 一子";
    private static final String TWICE_RESIDENT = "二度 目子";
    private static HeadlessChromium browser;
    private static KioskPage page;
    private final List<KioskApp> kiosks = new ArrayList<>();
    private EmulatedReader reader;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1280, 800);
        page = new KioskPage(browser);
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
    void aResidentGoesFromTheCardToATicketAndEveryScreenFitsTheTabletsAndPassesAxe() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        reader.remove();
        page.open(kiosk.url().toString());
        page.screen("start");
        assertThat(page.text("step")).isEqualTo("ステップ 1 / 6");
        page.check("01-start");
        page.fitsEveryTablet("start");

        reader.insert(EmulatedMyNumberCard.builder().name(FIRST_RESIDENT).build());
        page.screen("pin");
        assertThat(page.text("pin-tries")).contains("3");
        assertThat(page.text("step")).isEqualTo("ステップ 2 / 6");
        page.check("03-pin");
        page.fitsEveryTablet("pin");
        page.enterPin(DemoCards.PIN);
        page.screen("confirm");
        assertThat(page.text("resident")).contains(FIRST_RESIDENT, "昭和64年1月7日", "1989/01/07");
        assertThat(page.visible("btn-confirm")).as("choosing the life event says the data is right").isFalse();
        page.check("04-confirm");
        page.fitsEveryTablet("confirm");
        page.tap(By.cssSelector("#event-list [data-event='move-in']"));

        page.screen("address");
        page.check("05-address");
        page.fitsEveryTablet("address");
        pickTheFirstAddress();
        answerQuestionsUntilTheSummary(Map.of("health-insurance", "national"), true);
        assertThat(page.text("summary-route")).contains("市民課", "転入届", "保険年金課");
        assertThat(page.text("summary-bring")).isNotBlank();
        assertThat(page.visible("mynumber-box")).as("国保 prints the My Number").isTrue();
        page.check("09-summary");
        // The catalog's names in the resident's language, the Japanese beside them to show at the counter.
        JsonNode moveIn = StreamSupport.stream(json(http().asKiosk().get("/api/navigation/catalog")).get("procedures")
                .spliterator(), false).filter(p -> p.get("id").asText().equals("resident-move-in")).findFirst().orElseThrow();
        page.chooseLanguage("vi", "summary");
        assertThat(page.text("summary-route")).contains(moveIn.at("/name/vi").asText(), "転入届")
                .doesNotContain(moveIn.at("/name/en").asText());
        page.check("09-summary-vi");
        page.chooseLanguage("easy", "summary");
        assertThat(page.html("summary-route")).contains("<ruby>転入届<rp>(</rp><rt>てんにゅうとどけ</rt>");
        page.check("09-summary-easy");
        page.chooseLanguage("ja", "summary");
        page.tap("btn-mynumber");
        page.screen("pin");
        assertThat(page.text("pin-purpose")).contains("個人番号");
        page.check("10-pin-my-number");
        page.enterPin(DemoCards.PIN);
        page.screen("summary");
        browser.until(d -> page.text("mynumber-read").contains("********9018"));
        assertThat(browser.driver().getPageSource()).doesNotContain(DemoCards.MY_NUMBER);
        page.check("11-summary-my-number-read");

        stubPrint();
        page.tap("btn-checkin");
        page.screen("ticket");
        String ticket = page.text("ticket-number");
        assertThat(ticket).matches("[A-Z]-\\d{3}");
        assertThat(page.text("ticket-route")).contains("市民課");
        assertThat(page.script("return window.printed")).as("the ticket prints as it is shown").isEqualTo(1L);
        page.fitsEveryTablet("ticket");
        assertThat(ticketQrText()).as("the ticket's QR leads the phone to this ticket's status page")
                .isEqualTo(PUBLIC_URL + "/board/ticket.html?t=" + ticket);
        page.check("12-ticket");
        KioskPage.Printed printed = page.print("13-ticket-printed");
        assertThat(printed.receipt().pages()).as("the ticket fits one 80 mm receipt").isEqualTo(1);
        assertThat(printed.receipt().text()).contains(ticket, "市民課", "保険年金課");
        assertThat(printed.a4().pages()).as("and one A4 page").isEqualTo(1);
        assertThat(printed.a4().text()).contains(ticket, "市民課");
        page.chooseLanguage("ko", "ticket");
        assertThat(page.text("ticket-route")).contains(moveIn.at("/name/ko").asText(), "転入届");
        page.check("14-ticket-ko");

        JsonNode visit = visitWithTicket(http(), ticket);
        assertThat(visit.get("procedures")).extracting(JsonNode::asText).contains("resident-move-in", "nhi-enroll");
        assertThat(visit.get("myNumber").asText()).isEqualTo("********9018");
        JsonNode checklist = json(http().asClerk().get("/api/visits/" + visit.get("id").asText() + "/checklist"));
        assertThat(checklist.get("version").asInt()).as("the kiosk's answers arrived as facts").isEqualTo(1);
        assertThat(checklist.at("/answers/health-insurance").asText()).isEqualTo("national");
        assertThat(kiosk.session().reading()).as("the card's data is dropped once the ticket is out").isEmpty();

        reader.remove();
        page.tap("btn-finish");
        page.screen("start");
    }

    @Test
    @Order(2)
    void aWrongPinShowsTheTriesLeftAndOneTryLeftGivesATicketToTheStaffDesk() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        page.open(kiosk.url().toString());
        page.screen("pin");
        page.chooseLanguage("en", "pin");

        page.enterPin("9999");

        browser.until(d -> page.text("pin-error").contains("Wrong PIN. Tries left: 2"));
        assertThat(page.text("pin-tries")).contains("2");
        page.check("20-wrong-pin");
        page.enterPin("8888");
        page.screen("staff");
        assertThat(page.text("staff-message")).contains("Only one PIN try is left");
        page.check("21-one-try-left");
        page.fitsEveryTablet("staff");
        stubPrint();
        page.tap("btn-help-ticket");

        page.screen("ticket");
        String ticket = page.text("ticket-number");
        assertThat(page.text("ticket-help")).isEqualTo("To the help desk: staff will call you");
        assertThat(page.visible("ticket-route-box")).isFalse();
        assertThat(page.script("return window.printed")).isEqualTo(1L);
        page.check("22-help-ticket");
        assertThat(StreamSupport.stream(json(http().asClerk().get("/api/kiosk/help-requests")).spliterator(), false)
                .filter(r -> r.get("ticketNumber").asText().equals(ticket)).findFirst())
                .as("the clerk's list says why").hasValueSatisfying(r ->
                        assertThat(r.get("reason").asText()).isEqualTo("one-try-left"));
        page.tap("btn-finish");
        page.screen("take-card");
    }

    @Test
    @Order(3)
    void pullingTheCardOutMidFlowWipesTheDataAndAsksForTheCardAgain() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        readTheCardInJapanese(kiosk);

        reader.remove();

        page.screen("start");
        browser.until(d -> page.text("status").contains("カードが離れたため"));
        assertThat(page.text("resident")).isEmpty();
        assertThat(kiosk.session().reading()).isEmpty();
        page.check("30-card-removed");
    }

    @Test
    @Order(4)
    void aCardLeftOnTheReaderAfterTheEndIsAskedForWithAChimeAndNeverReadForTheNextResident() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        readTheCardInJapanese(kiosk);

        page.tap("btn-restart");

        page.screen("take-card");
        assertThat(page.text("h-take-card")).isEqualTo("カードをお取りください");
        browser.until(d -> Integer.parseInt(String.valueOf(page.script(
                "return document.getElementById('screen-take-card').dataset.chimes || '0'"))) >= 1);
        assertThat(KioskPage.kioskState(kiosk).get("takeCard").asBoolean()).isTrue();
        assertThat(page.text("resident")).as("nothing of the previous resident").isEmpty();
        page.check("35-take-card");
        page.fitsEveryTablet("take-card");

        reader.remove();
        page.screen("start");
        reader.insert(DemoCards.myNumberCard());
        page.screen("pin");
        assertThat(page.text("pin-tries")).as("the next resident starts afresh").contains("3");
    }

    @Test
    @Order(5)
    void theSameCardTheSameDayIsAskedWhetherToAddToTheFirstVisitAndTheClerksListFlagsIt() {
        BasicFourInfo twice = new BasicFourInfo(TWICE_RESIDENT, DemoCards.RESIDENT.address(),
                DemoCards.RESIDENT.birthDate(), Sex.FEMALE);
        String first = json(http().asKiosk().postJson("/api/visits", CheckInFixture.json(
                new CheckIn(twice, "move-in", List.of("resident-move-in"))))).get("ticketNumber").asText();
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        reader.remove();
        page.open(kiosk.url().toString());
        reader.insert(EmulatedMyNumberCard.builder().resident(twice).build());
        page.screen("pin");
        page.enterPin(DemoCards.PIN);
        page.tap(By.cssSelector("#event-list [data-event='marriage']"));
        answerQuestionsUntilTheSummary(Map.of(), false);
        stubPrint();

        page.tap("btn-checkin");

        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("repeat-dialog")));
        assertThat(page.text("repeat-text")).contains("番号 " + first);
        page.check("38-same-card-again");
        page.tap("btn-repeat-add");
        page.screen("ticket");
        assertThat(page.text("ticket-number")).as("the first visit's ticket").isEqualTo(first);
        http().asKiosk().postJson("/api/visits", CheckInFixture.json(
                new CheckIn(twice, "move-out", List.of("resident-move-out"))));

        browser.login("http://localhost:" + port, DemoCredentials.CLERK, DemoCredentials.CLERK_PASSWORD);
        browser.until(d -> page.text("visits").contains(TWICE_RESIDENT));
        browser.until(d -> page.text("visits").contains("受付機で追加"));
        assertThat(page.text("visits")).contains("本日2回目の受付（最初: " + first + "）");
        browser.screenshot("kiosk-39-staff-list-flags");
    }

    @Test
    @Order(6)
    void anUntouchedKioskWarnsThenStartsOver() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(10));
        page.open(kiosk.url().toString());
        page.screen("pin");
        page.enterPin(DemoCards.PIN);
        page.screen("confirm");

        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("idle-dialog")));
        assertThat(page.text("idle-text")).contains("秒後に最初の画面に戻ります");
        page.check("40-idle-warning");
        page.tap("btn-continue");
        browser.until(ExpectedConditions.invisibilityOfElementLocated(By.id("idle-dialog")));
        assertThat(kiosk.session().reading()).as("continue keeps the data").isPresent();

        page.screen("take-card", Duration.ofSeconds(15));
        assertThat(kiosk.session().reading()).isEmpty();
        browser.until(d -> page.text("status").contains("最初の画面に戻りました"));
        page.check("41-idle-reset");
        reader.remove();
        page.screen("start");
    }

    @Test
    @Order(7)
    void everyLanguageRendersItsOwnTextsAndTheServersQuestionsAtAnyStep() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        readTheCardInJapanese(kiosk);
        page.tap(By.cssSelector("#event-list [data-event='move-in']"));
        page.screen("address");
        page.tap("btn-address-staff");
        page.screen("household");
        page.tap("btn-alone");
        page.screen("summary");
        JsonNode first = firstQuestionShown();

        for (String language : List.of("ja", "easy", "en", "zh", "ko", "vi", "pt")) {
            page.chooseLanguage(language, "summary");
            String shown = page.text("q-" + first.get("id").asText());
            if (language.equals("easy")) {
                assertThat(page.html("q-" + first.get("id").asText())).contains("<ruby>");
            } else if (language.equals("ja")) {
                // Standard Japanese without the やさしい日本語 spaces between phrases.
                assertThat(shown).isEqualTo(first.at("/text/ja").asText()
                        .replaceAll("(?<=[^\\x00-\\x7f])[ \u3000]+(?=[^\\x00-\\x7f])", ""));
            } else {
                assertThat(shown).as(language).isEqualTo(first.at("/text/" + language).asText());
            }
            assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang"))
                    .isEqualTo(language.equals("easy") ? "ja" : language);
            page.check("50-questions-" + language);
        }
        page.chooseLanguage("vi", "summary");
        page.tap("btn-summary-back");
        page.screen("household");
        page.tap("btn-household-back");
        page.screen("address");
        page.tap("btn-address-back");
        page.screen("confirm");
        assertThat(page.text("h-event")).isEqualTo(page.pageText("vi", "chooseEvent"));
        page.check("51-event-vi");
    }

    @Test
    @Order(8)
    void aServerDownAtCheckInIsSaidPlainlyAndTheRetryAfterItStartsIssuesOneTicket() throws IOException {
        Path dataDir = Files.createTempDirectory("kakanai-kiosk-server-down");
        int serverPort = freePort();
        ConfigurableApplicationContext server = startServer(dataDir, serverPort);
        KioskApp kiosk = atTheSummaryOfAMoveWithin(serverPort);

        server.close();
        stubPrint();
        page.tap("btn-checkin");

        page.screen("checkin");
        browser.until(d -> page.visible("server-down"));
        assertThat(page.text("server-down")).contains("つながりません", "残っています");
        assertThat(page.text("h-checkin")).as("the heading says what is true now").isEqualTo("受付のシステムとつながりません");
        page.check("60-server-down");
        page.fitsEveryTablet("server-down");
        assertThat(kiosk.session().reading()).as("what was entered is kept").isPresent();

        server = startServer(dataDir, serverPort);
        try {
            page.screen("ticket", Duration.ofSeconds(40));
            String ticket = page.text("ticket-number");
            page.check("61-ticket-after-retry");
            HttpFixture restarted = new HttpFixture("http://localhost:" + serverPort);
            JsonNode visits = json(restarted.asClerk().get("/api/visits"));
            assertThat(visits).as("exactly one visit, with the ticket on screen").hasSize(1);
            assertThat(visits.get(0).get("ticketNumber").asText()).isEqualTo(ticket);
        } finally {
            server.close();
        }
    }

    @Test
    @Order(9)
    void theKioskWorksWithTheKeyboardAloneAndPassesAxeInLargeTextAndHighContrast() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        reader.remove();
        page.open(kiosk.url().toString());
        page.screen("start");
        tabUntil("document.activeElement.dataset.lang === 'en'");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.until(d -> page.text("btn-restart").equals("Start over"));
        reader.insert(DemoCards.myNumberCard());
        page.screen("pin");
        assertThat(activeId()).as("focus moves to the new screen's heading").isEqualTo("h-pin");

        new Actions(browser.driver()).sendKeys("1234").sendKeys(Keys.ENTER).perform();

        page.screen("confirm");
        assertThat(activeId()).isEqualTo("h-confirm");
        page.tap("btn-large");
        page.tap("btn-contrast");
        assertThat(browser.driver().findElement(By.id("btn-contrast")).getAttribute("aria-pressed")).isEqualTo("true");
        page.check("70-confirm-large-high-contrast");
        tabUntil("document.activeElement.dataset.event === 'birth'");
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        page.check("71-" + page.oneOf("household", "summary") + "-large-high-contrast");
        assertThat(kiosk.session().reading()).isPresent();
    }

    @Test
    @Order(10)
    void aQrCodeMadeAtHomeTakesTheResidentToATicketWithoutACard() {
        KioskApp kiosk = onTheQrScreenWithoutACard();
        page.check("80-qr");

        WebElement field = browser.driver().findElement(By.id("qr-text"));
        field.sendKeys("KKN1:THIS-IS-NOT-A-CODE" + Keys.ENTER);
        browser.until(d -> !page.text("qr-error").isEmpty());
        assertThat(kiosk.session().homeQr()).isEmpty();
        page.check("81-qr-damaged");

        HomeQrPayload atHome = HomeQrPayload.issue("move-in",
                new BasicFourInfo("書可 太郎", "東京都千代田区霞が関三丁目4番5号", LocalDate.of(1950, 4, 1), Sex.MALE),
                Optional.empty(), Answers.of("dog", "no"), Optional.of(List.of()), Instant.now(), Duration.ofDays(7));
        // A keyboard-wedge scanner types the code and Enter into the focused field.
        field.sendKeys(HomeQrCodec.encode(atHome) + Keys.ENTER);

        page.screen("confirm");
        assertThat(page.text("resident")).contains("書可 太郎", "昭和25年4月1日");
        page.check("82-qr-confirm");
        page.tap("btn-confirm");
        page.screen("address");
        page.tap("btn-address-staff");
        answerQuestionsUntilTheSummary(Map.of(), false);
        assertThat(page.text("summary-route")).contains("転入届");
        stubPrint();
        page.tap("btn-checkin");
        page.screen("ticket");
        JsonNode visit = visitWithTicket(http(), page.text("ticket-number"));
        assertThat(visit.at("/resident/name").asText()).isEqualTo("書可 太郎");
        assertThat(visit.get("lifeEvent").asText()).isEqualTo("move-in");
        assertThat(kiosk.session().homeQr()).as("nothing of the code is kept after the ticket").isEmpty();
    }

    /**
     * 来庁予約 at the card kiosk (issue 18): the reservation's QR, typed by the scanner on the QR screen, is shown
     * with its half-hour; then the card. Shown after its slot, the check-in is refused with the server's sentence,
     * and 「予約なしで受付する」 checks the resident in without it; the reservation stays unused.
     */
    @Test
    @Order(12)
    void aReservationShownTooLateIsRefusedWithTheServersSentenceAndTheResidentChecksInWithoutIt() {
        // A Monday of its own (KioskCheckInPathTest has 2020-12-14; reports of 2021 count reserved arrivals).
        LocalDate monday = LocalDate.of(2020, 12, 7);
        try {
            at(monday, "08:00");
            String code = PhoneBooking.book(http(), monday, "10:00", "move-in");
            at(monday, "10:31");
            KioskApp kiosk = onTheQrScreenWithoutACard();
            browser.driver().findElement(By.id("qr-text")).sendKeys(code + Keys.ENTER);
            browser.until(d -> page.text("qr-error").contains("10:00–10:30"));
            assertThat(page.text("qr-error")).isEqualTo("予約を確認しました（10:00–10:30）。カードかQRコードで受付を続けてください。");
            assertThat(kiosk.session().reservation()).hasValue(code);
            page.tap("btn-qr-back");
            page.screen("start");
            reader.insert(EmulatedMyNumberCard.builder().name("予約 遅子").build());
            page.screen("pin");
            page.enterPin(DemoCards.PIN);
            page.tap(By.cssSelector("#event-list [data-event='move-in']"));
            page.screen("address");
            page.tap("btn-address-staff");
            answerQuestionsUntilTheSummary(Map.of(), false);
            stubPrint();
            page.tap("btn-checkin");

            browser.until(d -> page.visible("reservation-refused"));
            assertThat(page.text("reservation-refused")).contains("予約の時間を過ぎました。予約なしで受付してください。", "予約なしで受付する");
            page.check("83-reservation-refused");
            page.tap(By.cssSelector("#reservation-refused button"));

            page.screen("ticket");
            JsonNode visit = visitWithTicket(http(), page.text("ticket-number"));
            assertThat(visit.at("/resident/name").asText()).isEqualTo("予約 遅子");
            assertThat(json(http().get("/api/reservations/" + code)).get("status").asText()).as("not used").isEqualTo("BOOKED");
            assertThat(kiosk.session().reservation()).isEmpty();
        } finally {
            clock.reset();
        }
    }

    /** A kiosk with an empty reader, its page open on the start screen, "use a QR code" tapped. */
    private KioskApp onTheQrScreenWithoutACard() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        reader.remove();
        page.open(kiosk.url().toString());
        page.screen("start");
        page.tap("btn-qr");
        page.screen("qr");
        return kiosk;
    }

    private void at(LocalDate day, String time) {
        clock.moveTo(java.time.LocalDateTime.of(day, java.time.LocalTime.parse(time)).atZone(jp.kakanai.server.OfficeClock.ZONE)
                .toInstant());
    }

    @Test
    @Order(11)
    void aDayOfDeathLeftToTheCounterAndTwoAnswersTappedAtOnceAreBothKept() {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + port), Duration.ofSeconds(120));
        page.open(kiosk.url().toString());
        page.screen("pin");
        page.enterPin(DemoCards.PIN);
        page.tap(By.cssSelector("#event-list [data-event='death']"));
        page.screen("event-date");
        assertThat(page.text("step")).isEqualTo("ステップ 4 / 6");
        page.check("90-day-of-death");
        page.tap("btn-event-date-staff");
        if (page.oneOf("household", "summary").equals("household")) {
            page.tap("btn-alone");
            page.screen("summary");
        }
        List<String> ids = browser.driver().findElements(By.cssSelector("#question-list li[data-question]")).stream()
                .map(q -> q.getAttribute("data-question")).limit(2).toList();
        assertThat(ids).as("two questions on the summary").hasSize(2);

        // A quick resident: the second tap comes while the first answer is still on its way to the server.
        page.script("document.querySelector(\"#question-list li[data-question='\" + arguments[0] + \"'] button\").click();"
                + " document.querySelector(\"#question-list li[data-question='\" + arguments[1] + \"'] button\").click();",
                ids.get(0), ids.get(1));

        for (String id : ids) {
            By first = By.cssSelector("#question-list li[data-question='" + id + "'] button");
            browser.until(d -> "true".equals(browser.driver().findElement(first).getAttribute("aria-pressed")));
        }
        assertThat(kiosk.session().visit().answers().keySet()).contains(ids.get(0), ids.get(1));
        assertThat(kiosk.session().visit().eventFacts()).as("the day of death left to the counter").isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------

    private void tabUntil(String condition) {
        for (int i = 0; i < 30; i++) {
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
            if (Boolean.TRUE.equals(page.script("return " + condition))) {
                return;
            }
        }
        throw new AssertionError("keyboard focus never reached: " + condition);
    }

    private String activeId() {
        return String.valueOf(page.script("return document.activeElement.id"));
    }

    @Test
    @Order(13)
    void afterReceptionEndsTheStartScreenSaysSoAndACheckInBegunBeforeIsRefusedKindly() throws IOException {
        Path dataDir = Files.createTempDirectory("kakanai-kiosk-reception");
        int serverPort = freePort();
        // A server of its own with the town defaults (17:15, 20:00) on a clock the test moves within today (JST).
        LocalDate today = LocalDate.now(OfficeClock.ZONE);
        try (ConfigurableApplicationContext server = new SpringApplicationBuilder(KakanaiServer.class,
                ServerHttpTest.TestClock.class).profiles("demo").run("--server.port=" + serverPort,
                "--kakanai.data-dir=" + dataDir, "--kakanai.queue.reception-ends=17:15",
                "--kakanai.queue.closing-time=20:00")) {
            MovableClock serverClock = server.getBean(MovableClock.class);
            serverClock.moveTo(today.atTime(17, 5).atZone(OfficeClock.ZONE).toInstant());
            KioskApp kiosk = atTheSummaryOfAMoveWithin(serverPort);

            serverClock.moveTo(today.atTime(17, 16).atZone(OfficeClock.ZONE).toInstant());
            stubPrint();
            page.tap("btn-checkin");
            page.screen("closed");
            assertThat(page.text("h-closed")).isEqualTo("本日の受付は終了しました");
            assertThat(page.text("closed-sorry")).contains("受付時間が終わりました", "カードをお取りになり", "次の開庁日");
            assertThat(page.text("closed-hours")).isEqualTo("本日の受付は17:15で終了しました。次の開庁日にお越しください。");
            assertThat(page.visible("h-staff")).as("no error code, no staff ticket").isFalse();
            page.check("90-reception-closed-mid-flow");
            HttpFixture town = new HttpFixture("http://localhost:" + serverPort);
            assertThat(json(town.asClerk().get("/api/visits"))).as("nothing stored").isEmpty();

            page.tap("btn-closed-done");
            page.screen("take-card");
            reader.remove();
            page.screen("closed");
            assertThat(page.visible("closed-sorry")).isFalse();
            assertThat(page.visible("btn-closed-done")).isFalse();
            assertThat(page.text("closed-hours")).contains("17:15");
            page.check("91-reception-closed");
            page.fitsEveryTablet("closed");
            reader.insert(DemoCards.myNumberCard());
            browser.until(d -> KioskPage.kioskState(kiosk).get("cardPresent").asBoolean());
            page.screen("closed");
            assertThat(page.visible("screen-pin")).as("no card is read after reception has ended").isFalse();
            page.chooseLanguage("en", "closed");
            assertThat(page.text("closed-hours")).isEqualTo("Today's reception closed at 17:15. Please come again on the"
                    + " next day the office is open.");

            // The ticket machine page of the same kiosk program offers no button either.
            browser.open(kiosk.url() + "machine.html");
            browser.until(d -> page.visible("screen-closed"));
            assertThat(page.visible("screen-purposes")).isFalse();
            assertThat(page.text("closed-hours")).startsWith("本日の受付は17:15で終了しました。");
            browser.screenshot("machine-03-reception-closed");
        }
    }

    /** A kiosk in front of the server on this port, its resident read and at the summary of a move within town. */
    private KioskApp atTheSummaryOfAMoveWithin(int serverPort) {
        KioskApp kiosk = kiosk(URI.create("http://localhost:" + serverPort), Duration.ofSeconds(300));
        readTheCardInJapanese(kiosk);
        page.tap(By.cssSelector("#event-list [data-event='move-within']"));
        page.screen("address");
        page.tap("btn-address-staff");
        answerQuestionsUntilTheSummary(Map.of(), false);
        return kiosk;
    }

    /** Headless Chromium has no print dialog: the page's print() is replaced by a counter. */
    private static void stubPrint() {
        page.script("window.printed = 0; window.print = () => { window.printed++; };");
    }

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

    /**
     * Answers whatever the server asks: the household (the first time through the editor's checks, then
     * alone at home), then every question on the summary, each with a tap (the given answers, else "no" or a
     * choice question's first choice; the tap budget tests leave yes/no questions to the check-in's "no").
     */
    private void answerQuestionsUntilTheSummary(Map<String, String> answers, boolean checkScreens) {
        String screen = page.oneOf("household", "summary");
        if (screen.equals("household")) {
            if (checkScreens) {
                page.check("06-household");
                page.fitsEveryTablet("household");
                householdEditorAddsAMemberByTaps();
            }
            page.tap("btn-alone");
            page.screen("summary");
        }
        if (checkScreens) {
            page.fitsEveryTablet("summary");
            // Checking in with a choice question open does not guess it: the question is named and nothing is sent.
            page.tap("btn-checkin");
            browser.until(d -> !page.text("questions-error").isEmpty());
            assertThat(page.text("questions-error")).contains("健康保険");
            assertThat(page.visible("screen-summary")).isTrue();
        }
        List<String> ids = browser.driver().findElements(By.cssSelector("#question-list li[data-question]")).stream()
                .map(q -> q.getAttribute("data-question")).toList();
        for (String id : ids) {
            List<WebElement> choices = browser.driver().findElements(By.cssSelector(
                    "#question-list li[data-question='" + id + "'] button"));
            if (choices.isEmpty()) {
                continue;
            }
            String value = Optional.ofNullable(answers.get(id))
                    .orElse(choices.stream().anyMatch(c -> "no".equals(c.getAttribute("data-value"))) ? "no"
                            : choices.get(0).getAttribute("data-value"));
            By choice = By.cssSelector("#question-list li[data-question='" + id + "'] [data-value='" + value + "']");
            page.tap(choice);
            browser.until(d -> "true".equals(browser.driver().findElement(choice).getAttribute("aria-pressed")));
        }
        if (checkScreens && !ids.isEmpty()) {
            page.check("08-questions");
        }
    }

    /** The move's new address: 三丁目 4番5号 of the sample town, moved today. */
    private void pickTheFirstAddress() {
        page.pickAddress("0000003", "4", "next", "5");
        page.screen("household");
        browser.until(d -> page.text("status").contains("新しい住所"));
        assertThat(page.text("status")).contains("三丁目4番5号");
    }

    /** A member added without a card: the relationship, 昭和, 62 on the keypad, May, the 1st; then removed. */
    private void householdEditorAddsAMemberByTaps() {
        page.tap(By.cssSelector("#relationship-list [data-relationship='spouse']"));
        page.tap(By.cssSelector("#member-date [data-era='showa']"));
        page.tap(By.cssSelector("#member-date [data-year-digit='6']"));
        page.tap(By.cssSelector("#member-date [data-year-digit='2']"));
        page.tap(By.cssSelector("#member-date [data-month='5']"));
        page.tap(By.cssSelector("#member-date [data-day='1']"));
        browser.until(d -> page.text("household-list").contains("昭和62年5月1日（1987/05/01）"));
        assertThat(page.text("btn-household-done")).contains("1");
        page.check("07-household-member");
        page.tap(By.cssSelector("#household-list [data-remove='0']"));
    }

    /** The first question on the summary, as the server's catalog has it. */
    private JsonNode firstQuestionShown() {
        String id = browser.driver().findElement(By.cssSelector("#question-list li[data-question]")).getAttribute("data-question");
        JsonNode questions = json(http().asKiosk().get("/api/navigation/questions?event=move-in&birthDate=1989-01-07&cardRead=true"));
        return StreamSupport.stream(questions.get("questions").spliterator(), false)
                .filter(q -> q.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    /** Opens the kiosk (Japanese by default), enters the demo PIN, confirms the data: the life event screen. */
    private void readTheCardInJapanese(KioskApp kiosk) {
        page.open(kiosk.url().toString());
        page.screen("pin");
        page.enterPin(DemoCards.PIN);
        page.screen("confirm");
        page.screen("confirm");
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
