package jp.kakanai.server.homeqr;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javax.imageio.ImageIO;
import jp.kakanai.forms.homeqr.HomeQrCodec;
import jp.kakanai.forms.homeqr.HomeQrPayload;
import jp.kakanai.forms.homeqr.HomeQrReading;
import jp.kakanai.forms.navigation.Relationship;
import jp.kakanai.kiosk.qr.QrImageDecoder;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.browser.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The home page on a phone-size screen in a real Chromium: a resident goes from the life event to the QR
 * code, is sent back to the field the server refused, switches languages, and the code on the screen is
 * read by the kiosk's camera decoder. Screenshots of every step; axe-core finds no WCAG 2.2 AA violation.
 */
class HomeQrPageInBrowserTest extends ServerHttpTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Tokyo"));
    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(390, 844);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aResidentMakesACodeOnAPhoneThatTheKioskReads() throws IOException {
        browser.open("http://localhost:" + port + "/home/");
        browser.visible(By.cssSelector("input[name=event][value=move-in]"));
        // The town pack's life events with its texts: 離婚 is offered as at the kiosk.
        assertThat(browser.driver().findElement(By.id("events")).getText()).contains("引っ越してきた（転入）", "離婚");
        browser.screenshot("home-01-event");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.driver().findElement(By.id("event-next")).click();
        assertThat(browser.visible(By.id("error")).getText()).contains("ご用件を選んでください");
        click("input[name=event][value=move-in]");
        browser.driver().findElement(By.id("event-next")).click();

        // 41 characters: the page lets them through (80 UTF-16 units), the server refuses and the page points back here.
        // ChromeDriver types only characters of the Basic Multilingual Plane, so 𠮷 is set as the value.
        setValue(By.id("name"), "𠮷".repeat(41));
        browser.driver().findElement(By.id("kana")).sendKeys("ヨシダ ハナコ");
        setValue(By.id("address"), "大阪府大阪市北区梅田1-1-3 𠮷野ハイツ202");
        setValue(By.id("birth"), TODAY.minusYears(34).minusMonths(2).toString());
        click("input[name=sex][value='2']");
        // Moving in: the new home picked from the town's list (東本郷一丁目 5番18号), and the day of the move.
        setValue(By.id("move-date"), TODAY.minusDays(2).toString());
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("move-town"))).selectByVisibleText("東本郷一丁目");
        setValue(By.id("move-block"), "5");
        setValue(By.id("move-residence"), "18");
        browser.screenshot("home-02-person");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.driver().findElement(By.id("person-next")).click();

        // The household first: one child.
        browser.visible(By.id("add-member")).click();
        new org.openqa.selenium.support.ui.Select(browser.visible(By.id("m0-relationship"))).selectByValue("child");
        setValue(By.id("m0-birth"), TODAY.minusYears(7).toString());
        setValue(By.id("m0-name"), "𠮷田 一太");
        browser.screenshot("home-03-household");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.driver().findElement(By.id("question-next")).click();

        answerEveryQuestionWithItsFirstChoice();

        // The server refused the name: back on the person step, the name field marked and focused.
        browser.until(ExpectedConditions.attributeToBe(By.id("name"), "aria-invalid", "true"));
        assertThat(browser.driver().findElement(By.id("error")).getText()).contains("氏名", "At most 40 characters");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("name");
        browser.screenshot("home-04-refused");
        setValue(By.id("name"), "𠮷田 花子");
        browser.driver().findElement(By.id("person-next")).click();

        // The answers are kept: the code comes straight away.
        WebElement qr = browser.visible(By.cssSelector("#step-code img#qr"));
        browser.until(d -> qr.getAttribute("src").startsWith("data:image/svg+xml"));
        assertThat(browser.driver().findElement(By.id("expires")).getText()).startsWith("有効期限: 令和");
        assertThat(browser.driver().findElement(By.id("summary")).getText()).contains("𠮷田 花子", "梅田1-1-3",
                "東本郷一丁目 5-18");
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", qr);
        BufferedImage screen = ImageIO.read(browser.screenshot("home-05-code").toFile());
        assertThat(browser.accessibilityViolations()).isEmpty();

        // What the kiosk's camera would read off this screen.
        QrImageDecoder.ImageScan scan = new QrImageDecoder().scan(screen);
        assertThat(scan).isInstanceOf(QrImageDecoder.ImageScan.Found.class);
        String text = ((QrImageDecoder.ImageScan.Found) scan).text();
        assertThat(text).isEqualTo(qr.getAttribute("data-payload"));
        HomeQrPayload payload = ((HomeQrReading.Valid) HomeQrCodec.decode(text, Instant.now())).payload();
        assertThat(payload.resident().name()).isEqualTo("𠮷田 花子");
        assertThat(payload.kana()).contains("ヨシダ ハナコ");
        assertThat(payload.resident().address()).isEqualTo("大阪府大阪市北区梅田1-1-3 𠮷野ハイツ202");
        assertThat(payload.household().orElseThrow()).singleElement().satisfies(child -> {
            assertThat(child.relationship()).isEqualTo(Relationship.CHILD);
            assertThat(child.name()).contains("𠮷田 一太");
        });
        assertThat(payload.answers().values()).isNotEmpty();
        assertThat(payload.move().orElseThrow().date()).contains(TODAY.minusDays(2));
        assertThat(payload.move().orElseThrow().newAddress().orElseThrow().text()).contains("静岡県下田市東本郷一丁目5番18号");
        assertThat(payload.move().orElseThrow().newAddress().orElseThrow().machiazaId()).contains("0027001");

        click("#languages button[data-lang=easy]");
        assertThat(browser.driver().findElement(By.id("step-code")).getAttribute("innerHTML")).contains("<ruby>市役所<rt>しやくしょ</rt></ruby>");
        assertThat(browser.driver().findElement(By.id("h-code")).getText()).isEqualTo("QRコードが できました");
        browser.screenshot("home-06-code-easy-japanese");
        assertThat(browser.accessibilityViolations()).isEmpty();
        click("#languages button[data-lang=en]");
        assertThat(browser.driver().findElement(By.id("h-code")).getText()).isEqualTo("Your QR code is ready");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        click("#bigger");
        browser.screenshot("home-07-code-english-large");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    /** Answers until the page leaves the questions (the server refused the name, as this test meant it to). */
    private void answerEveryQuestionWithItsFirstChoice() {
        String previous = "household";
        for (int asked = 0; asked < 20; asked++) {
            String shownAfter = previous;
            browser.until(d -> nameRefused() || !shownAfter.equals(js("return document.getElementById('question').dataset.question")));
            if (nameRefused()) {
                return;
            }
            if (asked == 0) {
                browser.screenshot("home-03b-question");
                assertThat(browser.accessibilityViolations()).isEmpty();
            }
            previous = String.valueOf(js("return document.getElementById('question').dataset.question"));
            browser.visible(By.cssSelector("#question input[name=answer]")).click();
            browser.driver().findElement(By.id("question-next")).click();
        }
        throw new AssertionError("more than 20 questions");
    }

    private boolean nameRefused() {
        return Boolean.TRUE.equals(js("return document.getElementById('name').getAttribute('aria-invalid') === 'true'"));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }

    private void click(String css) {
        browser.driver().findElement(By.cssSelector(css)).click();
    }

    private void setValue(By by, String value) {
        WebElement input = browser.visible(by);
        ((JavascriptExecutor) browser.driver()).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input')); arguments[0].dispatchEvent(new Event('change'))", input, value);
    }
}
