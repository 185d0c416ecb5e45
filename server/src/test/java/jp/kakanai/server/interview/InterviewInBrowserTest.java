package jp.kakanai.server.interview;

import static jp.kakanai.server.interview.PrintedPdf.withoutSpaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.TerminalFactory;
import jp.kakanai.kiosk.app.DeskApp;
import jp.kakanai.kiosk.app.DeskSettings;
import jp.kakanai.kiosk.card.emulated.DemoCards;
import jp.kakanai.kiosk.card.emulated.EmulatedReader;
import jp.kakanai.kiosk.card.emulated.EmulatedReaders;
import jp.kakanai.server.OfficeClock;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.browser.HeadlessChromium;
import jp.kakanai.server.demo.DemoCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The counter interview in a real browser, as a clerk runs it for a family moving in (two adults, two
 * children): typing mistakes marked per field, the household and answers with the checklist following
 * live, the resident's confirmation in large type, and the one PDF the print opens, read back page by page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterviewInBrowserTest extends ServerHttpTest {
    private static HeadlessChromium browser;
    private static String visitId;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start(1366, 1000);
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static WebElement field(String form, String field) {
        return browser.driver().findElement(By.cssSelector("#" + form + " [data-field='" + field + "']"));
    }

    private static String errorOf(String form, String field) {
        return browser.driver().findElement(By.cssSelector("#" + form + " [data-error='" + field + "']")).getText();
    }

    private static void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
    }

    @Test
    @Order(1)
    void typingMistakesAreMarkedBesideEachFieldInPlainJapanese() {
        browser.login(url(""), DemoCredentials.CLERK, DemoCredentials.CLERK_PASSWORD);
        browser.open(url("/staff/interview.html"));
        browser.visible(By.id("typed"));
        // The town pack's life events, in its order, at both starts (typed and card).
        for (String select : List.of("lifeEvent", "card-event")) {
            assertThat(new Select(browser.driver().findElement(By.id(select))).getOptions()).extracting(o -> o.getAttribute("textContent"))
                    .startsWith("転入", "転出", "転居").contains("離婚", "退職", "就職", "外国人住民の転入");
        }
        type(field("typed", "resident.name"), "山田 太郎");
        type(field("typed", "resident.kana"), "山田");
        type(field("typed", "resident.birthDate"), "昭和64年1月8日");
        field("typed", "resident.sex").click();
        type(field("typed", "resident.postcode"), "530-0001");
        type(field("typed", "resident.address"), FamilyMovingIn.ADDRESS);
        browser.driver().findElement(By.cssSelector("#typed button[type=submit]")).click();

        browser.until(d -> !errorOf("typed", "resident.kana").isEmpty());
        assertThat(errorOf("typed", "resident.kana")).contains("カタカナかひらがな", "「山」");
        assertThat(errorOf("typed", "resident.birthDate")).contains("昭和64年1月8日", "ありません");
        assertThat(errorOf("typed", "resident.postcode")).contains("大阪府", "東京都");
        assertThat(errorOf("typed", "resident.name")).isEmpty();
        assertThat(field("typed", "resident.kana").getAttribute("aria-invalid")).isEqualTo("true");
        browser.screenshot("interview-01-typing-mistakes");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    @Order(2)
    void correctedEntryStartsTheVisitWithATicket() {
        type(field("typed", "resident.kana"), "やまだ たろう");
        type(field("typed", "resident.birthDate"), "S63.4.10");
        type(field("typed", "resident.postcode"), "１００００１３");
        type(field("typed", "resident.phone"), "03-1234-5678");
        browser.driver().findElement(By.cssSelector("#typed button[type=submit]")).click();

        browser.until(ExpectedConditions.urlContains("?visit="));
        visitId = browser.driver().getCurrentUrl().replaceFirst(".*\\?visit=", "");
        browser.until(ExpectedConditions.textMatches(By.id("ticket"), java.util.regex.Pattern.compile("A-\\d{3}")));
        assertThat(field("resident", "resident.kana").getAttribute("value")).isEqualTo("ヤマダ タロウ");
        assertThat(field("resident", "resident.birthDate").getAttribute("value")).isEqualTo("昭和63年4月10日");
        assertThat(field("resident", "resident.postcode").getAttribute("value")).isEqualTo("100-0013");
    }

    @Test
    @Order(3)
    void theHouseholdAndTheAnswersFillTheChecklistLive() {
        type(field("move", "move.date"), LocalDate.now(OfficeClock.ZONE).minusDays(7).toString());
        field("move", "move.otherAddress").sendKeys(FamilyMovingIn.PREVIOUS_ADDRESS, Keys.TAB);
        browser.until(d -> field("move", "move.date").getAttribute("value").matches("令和\\d+年\\d+月\\d+日")
                && field("move", "move.otherAddress").getAttribute("value").equals(FamilyMovingIn.PREVIOUS_ADDRESS));
        // The new address from the town's address master: 町名・丁目 from the list, then 番 and 号.
        new Select(field("move", "move.newAddress.machiazaId")).selectByVisibleText("東本郷一丁目");
        field("move", "move.newAddress.block").sendKeys("5", Keys.TAB);
        field("move", "move.newAddress.residence").sendKeys("18", Keys.TAB);
        browser.until(d -> d.findElement(By.id("saved")).getText().contains("保存しました")
                && "0027001".equals(field("move", "move.newAddress.machiazaId").getAttribute("value")));

        assertThat(browser.driver().findElements(By.cssSelector("#live-checklist [data-procedure='child-allowance']")))
                .isEmpty();
        List<Map<String, Object>> members = FamilyMovingIn.members();
        for (int i = 0; i < members.size(); i++) {
            addMember(members.get(i));
            int rows = i + 1;
            browser.until(d -> d.findElements(By.cssSelector("#members tr")).size() == rows);
        }
        assertThat(browser.driver().findElement(By.id("members")).getText())
                .contains("山田 花子", "妻", "平成28年6月1日", "令和4年2月1日");
        browser.visible(By.cssSelector("#live-checklist [data-procedure='child-allowance']"));

        FamilyMovingIn.answers().forEach(this::answer);

        String checklist = browser.driver().findElement(By.id("live-checklist")).getText();
        assertThat(checklist).contains("市民課", "保険年金課", "こども家庭課", "国民健康保険", "児童手当", "山田 一郎");
        assertThat(checklist.indexOf("保険年金課")).isLessThan(checklist.indexOf("こども家庭課"));
        assertThat(browser.driver().findElements(By.cssSelector("#live-checklist .badge.confirm"))).isEmpty();
        String questions = browser.driver().findElement(By.id("question-list")).getText();
        assertThat(questions).contains("いらっしゃいますか");
        browser.screenshot("interview-02-household-and-checklist");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    private void addMember(Map<String, Object> member) {
        type(browser.driver().findElement(By.id("member-name")), (String) member.get("name"));
        type(browser.driver().findElement(By.id("member-kana")), (String) member.get("kana"));
        type(browser.driver().findElement(By.id("member-birthDate")), (String) member.get("birthDate"));
        browser.driver().findElement(By.cssSelector("input[name=member-sex][value='" + member.get("sex") + "']")).click();
        new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("member-relationship")))
                .selectByValue((String) member.get("relationship"));
        browser.driver().findElement(By.cssSelector("#add-member button[type=submit]")).click();
    }

    private void answer(String question, String value) {
        By choice = By.cssSelector("[data-question='" + question + "'] button[data-value='" + value + "']");
        browser.visible(choice);
        browser.until(d -> {
            d.findElement(choice).click(); // retried when the list was just re-rendered under the click
            return true;
        });
        browser.until(d -> "true".equals(d.findElement(choice).getAttribute("aria-pressed")));
    }

    @Test
    @Order(4)
    void theResidentConfirmsEveryoneInLargeType() {
        browser.driver().findElement(By.id("open-confirm")).click();

        browser.visible(By.id("confirm-heading"));
        String shown = browser.driver().findElement(By.id("confirm-body")).getText();
        // The new address picked from the master, with its postcode; the one typed at the start is the previous one.
        assertThat(shown).contains("転入のお手続き", "ヤマダ タロウ", "昭和63年4月10日", "静岡県下田市東本郷一丁目5番18号",
                "415-0035", FamilyMovingIn.PREVIOUS_ADDRESS, "住民異動届", "子ども医療費助成");
        FamilyMovingIn.everyone().forEach(name -> assertThat(shown).contains(name));
        assertThat(browser.driver().findElements(By.cssSelector(".confirm-household tbody tr"))).hasSize(4);
        browser.screenshot("interview-03-confirmation");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.driver().findElement(By.id("turn")).click();
        browser.until(d -> "true".equals(d.findElement(By.id("turn")).getAttribute("aria-pressed")));
        browser.screenshot("interview-04-confirmation-turned-to-the-resident");
    }

    @Test
    @Order(5)
    void printingOpensOnePdfWithTheCoverAndEveryFormInWalkingOrder() {
        browser.driver().findElement(By.id("confirm-print")).click();
        // 児童手当's pension box is required and nobody asked it: the page asks to fill it in or print so.
        browser.visible(By.id("blank-choice"));
        assertThat(browser.driver().findElement(By.id("blank-choice-list")).getText()).contains("児童手当 認定請求書：国民年金");
        browser.screenshot("interview-05-blank-boxes");
        // Headless Chromium shows no print dialog: the page's print call is watched instead, on the framed PDF.
        ((JavascriptExecutor) browser.driver()).executeScript("window.kakanaiPrint = w => { window.printedOn ="
                + " { url: w.location.href, type: w.document.contentType }; };");
        browser.driver().findElement(By.id("print-with-blanks")).click();
        browser.until(d -> ((JavascriptExecutor) d).executeScript("return window.printedOn") != null);
        @SuppressWarnings("unchecked")
        Map<String, Object> printedOn = (Map<String, Object>) ((JavascriptExecutor) browser.driver())
                .executeScript("return window.printedOn");
        assertThat((String) printedOn.get("url")).as("print() on the loaded PDF, framed (X-Frame-Options: SAMEORIGIN)")
                .endsWith("/print.pdf");
        assertThat(printedOn.get("type")).isEqualTo("application/pdf");

        browser.until(d -> String.valueOf(d.findElement(By.id("print-frame")).getAttribute("src")).endsWith("/print.pdf"));
        browser.visible(By.id("print-link"));
        browser.screenshot("interview-05-printed");
        String src = browser.driver().findElement(By.id("print-frame")).getAttribute("src");
        PrintedPdf pdf = new PrintedPdf(browser.fetchBytes(src));

        List<String> formIds = List.copyOf(FamilyMovingIn.FORMS.keySet());
        assertThat(pdf.pages()).isEqualTo(1 + formIds.size());
        String ticket = browser.driver().findElement(By.id("ticket")).getText();
        String cover = withoutSpaces(pdf.text(0));
        assertThat(cover).contains("受付番号", ticket, "山田太郎様", "市民課", "保険年金課", "こども家庭課", "転出証明書");
        for (int i = 0; i < formIds.size(); i++) {
            String formId = formIds.get(i);
            assertThat(withoutSpaces(pdf.text(i + 1))).as("page %d", i + 2)
                    .contains(withoutSpaces(FamilyMovingIn.FORMS.get(formId)), ticket);
            var qr = pdf.qr(i + 1, formId);
            assertThat(qr.formId()).isEqualTo(formId);
            assertThat(qr.data()).extracting("visit").extracting("id").isEqualTo(visitId);
            assertThat(qr.data()).extracting("resident").extracting("name").isEqualTo("山田 太郎");
        }
        String moveNotice = withoutSpaces(pdf.text(1));
        FamilyMovingIn.everyone().forEach(name -> assertThat(moveNotice).contains(withoutSpaces(name)));
        assertThat(pdf.householdNames(1, "resident-change")).containsExactlyElementsOf(FamilyMovingIn.everyone());
        assertThat(pdf.householdNames(3, "nhi-enroll")).containsExactlyElementsOf(FamilyMovingIn.everyone());
        assertThat(pdf.householdNames(5, "child-allowance")).containsExactlyElementsOf(FamilyMovingIn.CHILDREN);
        assertThat(pdf.householdNames(6, "child-medical-subsidy")).containsExactlyElementsOf(FamilyMovingIn.CHILDREN);
        assertThat(pdf.qr(1, "resident-change").data()).extracting("move").extracting("previousAddress")
                .isEqualTo(FamilyMovingIn.PREVIOUS_ADDRESS);
        assertThat(pdf.qr(1, "resident-change").data()).extracting("move").extracting("newAddress")
                .as("picked from the town's address master").isEqualTo("静岡県下田市東本郷一丁目5番18号");
    }

    @Test
    @Order(6)
    void theDesksOwnReaderReadsTheCardWithThePinTheResidentTypes() {
        EmulatedReaders readers = new EmulatedReaders();
        EmulatedReader reader = readers.addReader("Desk reader");
        reader.insert(DemoCards.myNumberCard());
        TerminalFactory factory = readers.terminalFactory();
        try (DeskApp desk = DeskApp.start(new DeskSettings(url(""), 0, Optional.empty()), () -> factory,
                Optional.of(reader))) {
            browser.open(url("/staff/interview.html"));
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "localStorage.setItem('kakanai.deskReader', arguments[0])", desk.url().toString());
            browser.open(url("/staff/interview.html"));
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-status"), "残り 3 回"));

            browser.driver().findElement(By.id("card-pin")).sendKeys("9999");
            browser.driver().findElement(By.cssSelector("#card-read button[type=submit]")).click();
            browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("card-status"), "暗証番号が違います。残り 2 回"));
            assertThat(browser.driver().findElement(By.id("card-pin")).getAttribute("value")).isEmpty();
            browser.screenshot("interview-06-desk-card-reader");
            assertThat(browser.accessibilityViolations()).isEmpty();

            browser.driver().findElement(By.id("card-pin")).sendKeys(DemoCards.PIN);
            browser.driver().findElement(By.cssSelector("#card-read button[type=submit]")).click();
            browser.until(ExpectedConditions.urlContains("?visit="));
        }
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("who"), DemoCards.RESIDENT.name()));
        assertThat(browser.driver().findElement(By.id("resident-source")).getText()).contains("カードリーダー");
        assertThat(field("resident", "resident.birthDate").getAttribute("value")).isEqualTo("昭和64年1月7日");
        assertThat(field("resident", "resident.name").getAttribute("readonly")).isNotNull();
        String deskVisit = browser.driver().getCurrentUrl().replaceFirst(".*\\?visit=", "");
        var interview = jp.kakanai.server.HttpFixture.json(http().asClerk().get("/api/interviews/" + deskVisit));
        assertThat(interview.get("source").asText()).isEqualTo("card");
        assertThat(interview.get("myNumberCardRead").asBoolean()).isTrue();
        assertThat(interview.get("resident").get("address").asText()).isEqualTo(DemoCards.RESIDENT.address());
    }

    @Test
    @Order(7)
    void theEventsOwnDateIsTypedUnderTheTownsNameForItAndStaysThroughEverySave() {
        LocalDate began = LocalDate.now(OfficeClock.ZONE).minusDays(8);
        var started = http().asClerk().postJson("/api/interviews", Map.of("lifeEvent", "employment", "source", "typed",
                "resident", Map.of("name", "松本 大輔", "kana", "マツモト ダイスケ", "birthDate", "1995-09-09", "sex", "1",
                        "address", "静岡県下田市二丁目3番4号", "postcode", "415-0022", "phone", "0558-22-4444")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        String employment = jp.kakanai.server.HttpFixture.json(started).get("visitId").asText();
        browser.open(url("/staff/interview.html?visit=" + employment));
        browser.visible(By.id("event-date"));
        assertThat(browser.driver().findElement(By.id("event-date-label")).getText())
                .as("messages/staff eventDate.employment").startsWith("職場の健康保険に入った日");

        field("move", "eventDate").sendKeys(began.toString(), Keys.TAB);
        browser.until(d -> began.toString().equals(interview(employment).path("eventDate").asText()));
        // Another box changed: the page sends everything again, the date included.
        type(field("resident", "resident.phone"), "0558-22-1111");
        field("resident", "resident.phone").sendKeys(Keys.TAB);
        browser.until(d -> "0558-22-1111".equals(interview(employment).at("/resident/phone").asText()));
        assertThat(interview(employment).path("eventDate").asText()).isEqualTo(began.toString());
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    private com.fasterxml.jackson.databind.JsonNode interview(String id) {
        return jp.kakanai.server.HttpFixture.json(http().asClerk().get("/api/interviews/" + id));
    }
}
