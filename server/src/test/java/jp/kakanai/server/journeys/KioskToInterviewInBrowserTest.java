package jp.kakanai.server.journeys;

import static jp.kakanai.server.journeys.CounterJourneys.drop;
import static jp.kakanai.server.journeys.CounterJourneys.rows;
import static jp.kakanai.server.journeys.CounterJourneys.wareki;
import static jp.kakanai.server.journeys.CounterJourneys.with;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.kiosk.app.KioskSettings;
import jp.kakanai.kiosk.card.emulated.EmulatedMyNumberCard;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.browser.HeadlessChromium;
import jp.kakanai.server.kiosk.KioskPage;
import jp.kakanai.server.demo.DemoCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 13's first journey in one Chromium, through the pages people use: a mother moving in with her husband and
 * two children checks in at the kiosk without writing (her card, then each family member's own card on the reader,
 * the new address picked from the town's list, the questions answered), the clerk takes the ticket over on the
 * interview page, adds the kana and the phone number, lets the mother confirm and presses 一括印刷; the printed PDF's
 * every filled box is read back against the values written here by hand.
 */
class KioskToInterviewInBrowserTest extends ServerHttpTest {
    private static final LocalDate TODAY = LocalDate.now(OfficeClock.ZONE);
    /** The card's address: where the family lived before (前住所). */
    private static final String OLD_HOME = "東京都千代田区霞が関一丁目2番3号";
    /** Picked at the kiosk from the sample town's address master: 三丁目, 4番 5号. */
    private static final String NEW_HOME = "静岡県下田市三丁目4番5号";
    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private static EmulatedMyNumberCard card(String name, LocalDate born, String sex, String pin) {
        return EmulatedMyNumberCard.builder().name(name).birthDate(born).sex(sex).pin(pin).address(OLD_HOME).build();
    }

    @Test
    void aFamilyOfFourCheckedInAtTheKioskAndTakenOverOnTheInterviewPagePrintsEveryoneInTheirRole() {
        String ticket = checkInAtTheKiosk();

        browser.login("http://localhost:" + port, DemoCredentials.CLERK, DemoCredentials.CLERK_PASSWORD);
        browser.open("http://localhost:" + port + "/staff/interview.html");
        WebElement number = browser.visible(By.id("ticketNumber"));
        number.sendKeys(ticket + Keys.ENTER);
        browser.until(d -> browser.driver().findElement(By.id("ticket")).getText().equals(ticket));
        assertThat(browser.driver().findElement(By.id("members")).getText())
                .contains("鈴木 太郎", "鈴木 一郎", "鈴木 桜");
        WebElement kana = browser.driver().findElement(By.cssSelector("#resident [data-field='resident.kana']"));
        kana.sendKeys("スズキ ハナコ");
        WebElement phone = browser.driver().findElement(By.cssSelector("#resident [data-field='resident.phone']"));
        phone.sendKeys("0558-22-4321" + Keys.TAB);
        browser.until(d -> browser.driver().findElement(By.id("saved")).getText().contains("保存"));
        browser.screenshot("journey-01-interview-taken-over");

        browser.driver().findElement(By.id("open-confirm")).click();
        browser.visible(By.id("confirm-heading"));
        browser.screenshot("journey-02-confirmation");
        ((JavascriptExecutor) browser.driver()).executeScript("window.kakanaiPrint = w => { window.printedOn ="
                + " { url: w.location.href, type: w.document.contentType }; };");
        browser.driver().findElement(By.id("confirm-print")).click();
        if (!browser.driver().findElements(By.id("print-with-blanks")).isEmpty()
                && browser.driver().findElement(By.id("print-with-blanks")).isDisplayed()) {
            browser.driver().findElement(By.id("print-with-blanks")).click();
        }
        browser.until(d -> ((JavascriptExecutor) d).executeScript("return window.printedOn") != null);
        String src = browser.driver().findElement(By.id("print-frame")).getAttribute("src");
        PrintedJourney print = new PrintedJourney(browser.fetchBytes(src),
                List.of("resident-change", "nhi-enroll", "child-allowance", "child-medical-subsidy"));
        browser.screenshot("journey-03-printed");

        everyBoxAsWrittenByHand(print, ticket);
    }

    /** The kiosk in the same browser: the mother's card and PIN, 転入, the address, the family's own cards. */
    private String checkInAtTheKiosk() {
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader("Kiosk reader");
        TerminalFactory factory = readers.terminalFactory();
        try (KioskApp kiosk = KioskApp.start(KioskSettings.of(URI.create("http://localhost:" + port),
                DemoCredentials.KIOSK_TOKEN).withPort(0).withIdleTimeout(Duration.ofSeconds(300)), () -> factory,
                Optional.of(reader))) {
            KioskPage page = new KioskPage(browser);
            page.open(kiosk.url().toString());
            page.screen("start");
            page.script("window.print = () => {};");
            reader.insert(card("鈴木 花子", LocalDate.of(1990, 4, 12), "2", "1234"));
            page.screen("pin");
            page.enterPin("1234");
            page.tap(By.cssSelector("#event-list [data-event='move-in']"));
            page.screen("address");
            page.pickAddress("0000003", "4", "next", "5");
            page.screen("household");
            List<String[]> family = List.of(new String[] {"鈴木 太郎", "1988-09-03", "1", "5678"},
                    new String[] {"鈴木 一郎", "2019-06-01", "1", "1111"}, new String[] {"鈴木 桜", "2024-02-01", "2", "2222"});
            for (String[] member : family) {
                reader.remove();
                page.waitUntilTheKioskSeesNoCard(kiosk);
                reader.insert(card(member[0], LocalDate.parse(member[1]), member[2], member[3]));
                page.screen("pin");
                page.enterPin(member[3]);
                page.screen("household");
                browser.until(d -> page.text("household-list").contains(member[0]));
            }
            // The husband heads the household: the mother's 続柄 on the forms is then 妻.
            page.tap(By.cssSelector("#household-list [data-householder='0']"));
            page.tap("btn-household-done");
            page.screen("summary");
            page.tap(By.cssSelector("#question-list [data-question='health-insurance'] [data-value='national']"));
            page.tap("btn-checkin");
            // The yes/no questions left untouched are answered "no" one by one first: slow on a loaded machine.
            page.screen("ticket", Duration.ofSeconds(60));
            browser.screenshot("journey-00-kiosk-ticket");
            return page.text("ticket-number");
        }
    }

    private static void everyBoxAsWrittenByHand(PrintedJourney print, String ticket) {
        Map<String, String> applicant = new LinkedHashMap<>();
        applicant.put("visit.ticketNumber", ticket);
        applicant.put("resident.address", NEW_HOME);
        applicant.put("resident.name", "鈴木 花子");
        applicant.put("resident.phone", "0558-22-4321");
        // The members' kana: nobody typed them (the cards carry none): their boxes stay blank for the clerk.
        String[] taro = {"鈴木 太郎", "", "昭和63年9月3日", "男", "世帯主"};
        String[] hanako = {"鈴木 花子", "スズキ ハナコ", "平成2年4月12日", "女", "妻"};
        String[] ichiro = {"鈴木 一郎", "", "令和元年6月1日", "男", "子"};
        String[] sakura = {"鈴木 桜", "", "令和6年2月1日", "女", "子"};
        List<String> columns = List.of("name", "kana", "birthDate", "sex", "relationship");

        print.boxes("resident-change", with(applicant, "visit.date", wareki(TODAY), "move.date", wareki(TODAY),
                        "move.newAddress", NEW_HOME, "move.previousAddress", OLD_HOME, "householder.name", "鈴木 太郎",
                        rows(columns, taro, hanako, ichiro, sakura)))
                .scanned("resident-change", Map.of("move.kind", "move-in"));
        print.boxes("nhi-enroll", with(applicant, "visit.date", wareki(TODAY), "resident.kana", "スズキ ハナコ",
                        "resident.birthDate", "平成2年4月12日", "householder.name", "鈴木 太郎", "derived.acquiredDate", wareki(TODAY),
                        "move.previousAddress", OLD_HOME, rows(columns, taro, hanako, ichiro, sakura)))
                .scanned("nhi-enroll", Map.of("resident.sex", "2", "answers.nhi-reason", "move-in"));
        print.boxes("child-allowance", with(applicant, "visit.date", wareki(TODAY), "resident.kana", "スズキ ハナコ",
                        "resident.birthDate", "平成2年4月12日", "answers.spouse-name", "鈴木 太郎",
                        rows(List.of("name", "kana", "birthDate", "relationship"), drop(ichiro, 3), drop(sakura, 3))))
                .scanned("child-allowance", Map.of("resident.sex", "2"));
        print.boxes("child-medical-subsidy", with(applicant, "visit.date", wareki(TODAY), "resident.kana", "スズキ ハナコ",
                "resident.birthDate", "平成2年4月12日", rows(columns, ichiro, sakura)));
    }

}
