package jp.kakanai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import jp.kakanai.forms.checkin.CheckIn;
import jp.kakanai.forms.resident.BasicFourInfo;
import jp.kakanai.forms.resident.Sex;
import jp.kakanai.server.HttpFixture;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.demo.DemoCredentials;
import jp.kakanai.server.visit.CheckInFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The staff's own pages in a real browser: login, today's visits with their PDFs, the public board. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StaffPagesInBrowserTest extends ServerHttpTest {
    private static HeadlessChromium browser;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    private void login(String user, String password) {
        browser.login(url(""), user, password);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    @Order(1)
    void staffPageAsksForLoginFirst() {
        browser.open(url("/staff/"));
        browser.until(ExpectedConditions.urlContains("/login.html"));
        browser.visible(By.id("username"));
        browser.screenshot("staff-01-login");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    @Order(2)
    void clerkSeesTodaysVisitAndItsForms() {
        String visit = HttpFixture.json(http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson()))
                .get("visitId").asText();
        // A name whose first character the card could not give: the reader leaves 〓 in its place.
        var gaiji = new BasicFourInfo("〓橋 花子", "東京都千代田区霞が関二丁目1番2号", LocalDate.of(1950, 3, 3), Sex.FEMALE);
        http().asKiosk().postJson("/api/visits", CheckInFixture.json(new CheckIn(gaiji, "move-in", List.of("juminhyo-request"))));
        http().asClerk().postJson("/api/queue/visits/" + visit + "/start", java.util.Map.of("counter", "1番窓口"));

        login(DemoCredentials.CLERK, DemoCredentials.CLERK_PASSWORD);
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits"),
                CheckInFixture.resident().name()));

        String row = browser.driver().findElement(By.id("visits")).getText();
        assertThat(row).contains(CheckInFixture.resident().address());
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits"), "転入届"));
        // Serving now: the desk's open checklist items can be marked done right here.
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visits"), "転入届 完了"));
        assertThat(browser.driver().findElements(By.cssSelector("#visits a[href$='juminhyo-request.pdf']")))
                .isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#visits mark.gaiji")))
                .as("the clerk sees which character to check against the card").hasSize(1);
        browser.screenshot("staff-02-visits");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    @Order(3)
    void managerDashboardShowsLiveQueuesAndTheReport() {
        browser.driver().manage().deleteAllCookies();
        login(DemoCredentials.MANAGER, DemoCredentials.MANAGER_PASSWORD);
        browser.open(url("/manager/"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "市民課"));
        browser.screenshot("manager-01-dashboard");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    /** Guards the guard: a zero-violation result above means something only if axe really runs. */
    @Test
    @Order(4)
    void accessibilityCheckCatchesAnUnlabelledField() {
        browser.open("data:text/html;charset=utf-8,<html lang=ja><title>t</title><main><input type=text></main></html>");
        assertThat(browser.accessibilityViolations()).anyMatch(v -> v.startsWith("label"));
    }

    @Test
    @Order(5)
    void publicBoardPassesTheAccessibilityCheck() {
        browser.open(url("/board/"));
        browser.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        browser.screenshot("board-01");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    @Order(6)
    void residentFollowsTheirTicketOnThePhonePage() {
        String ticket = HttpFixture.json(http().asKiosk().postJson("/api/visits", CheckInFixture.moveInJson()))
                .get("ticketNumber").asText();
        try (HeadlessChromium phone = HeadlessChromium.start(390, 844)) {
            phone.open(url("/board/ticket.html?t=" + ticket));
            phone.until(ExpectedConditions.textToBePresentInElementLocated(By.id("number"), ticket));
            assertThat(phone.visible(By.id("state")).getText()).isNotBlank();
            phone.screenshot("ticket-01-phone");
            assertThat(phone.accessibilityViolations()).isEmpty();
        }
    }

    @Test
    @Order(7)
    void auditorSeesWhoLookedAtWhichVisitAndChecksTheChain() {
        browser.driver().manage().deleteAllCookies();
        login(DemoCredentials.AUDITOR, DemoCredentials.AUDITOR_PASSWORD);
        browser.until(ExpectedConditions.urlContains("/audit/"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("entries"), "来庁者一覧"));
        browser.driver().findElement(By.id("verify")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "改ざんは見つかりませんでした"));
        browser.screenshot("audit-01-access-log");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    @Order(8)
    void administratorCreatesADepartmentClerkAndSeesTheOneTimePasswordOnce() {
        browser.driver().manage().deleteAllCookies();
        login(DemoCredentials.ADMIN, DemoCredentials.ADMIN_PASSWORD);
        browser.until(ExpectedConditions.urlContains("/admin/"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), DemoCredentials.KODOMO_CLERK));
        browser.visible(By.id("username")).sendKeys("takahashi");
        browser.driver().findElement(By.id("displayName")).sendKeys("高橋 花子");
        browser.driver().findElement(By.cssSelector("input[name=role][value=CLERK]")).click();
        browser.driver().findElement(By.cssSelector("input[name=department][value=kodomo]")).click();
        browser.driver().findElement(By.id("save")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "一時パスワード"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts"), "takahashi"));
        browser.screenshot("admin-01-accounts");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    /**
     * A new account's whole first day: the one-time password changed on the first sign-in, the second factor
     * set up with an authenticator app (its code computed here from the secret the page shows), then a
     * sign-in that needs the code.
     */
    @Test
    @Order(9)
    void aNewClerkChangesTheOneTimePasswordAndTurnsOnTheSecondFactor() {
        String once = HttpFixture.json(http().asStaff(DemoCredentials.ADMIN, DemoCredentials.ADMIN_PASSWORD)
                .postJson("/api/admin/accounts", java.util.Map.of("username", "ito", "displayName", "伊藤",
                        "roles", java.util.List.of("ONE_STOP"), "departments", java.util.List.of())))
                .get("password").asText();
        browser.driver().manage().deleteAllCookies();
        signIn("ito", once, "");
        browser.until(ExpectedConditions.urlContains("/account/"));
        browser.visible(By.id("currentPassword")).sendKeys(once);
        browser.driver().findElement(By.id("newPassword")).sendKeys("yuzu-to-sudachi-to-kabosu");
        browser.driver().findElement(By.id("repeatPassword")).sendKeys("yuzu-to-sudachi-to-kabosu");
        browser.driver().findElement(By.cssSelector("#password button[type=submit]")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "パスワードを変更しました"));

        signIn("ito", "yuzu-to-sudachi-to-kabosu", "");
        browser.until(ExpectedConditions.urlContains("/staff/"));
        browser.open(url("/account/"));
        browser.visible(By.id("startSecondFactor")).click();
        String secret = browser.visible(By.id("secret")).getText().replace(" ", "");
        browser.screenshot("account-01-second-factor");
        assertThat(browser.accessibilityViolations()).isEmpty();
        browser.driver().findElement(By.id("code")).sendKeys(codeOf(secret));
        browser.driver().findElement(By.cssSelector("#confirm button[type=submit]")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "2段階認証を有効にしました"));

        browser.driver().manage().deleteAllCookies();
        signIn("ito", "yuzu-to-sudachi-to-kabosu", "");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"), "確認コード"));
        signIn("ito", "yuzu-to-sudachi-to-kabosu", codeOf(secret));
        browser.until(ExpectedConditions.urlContains("/staff/"));
    }

    private void signIn(String user, String password, String code) {
        browser.open(url("/login.html"));
        browser.visible(By.id("username")).sendKeys(user);
        browser.driver().findElement(By.id("password")).sendKeys(password);
        browser.driver().findElement(By.id("code")).sendKeys(code);
        browser.driver().findElement(By.cssSelector("#login button[type=submit]")).click();
    }

    /** What the authenticator app shows for the base32 secret now. */
    private static String codeOf(String base32) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
            bits += 5;
            if (bits >= 8) {
                bytes.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return jp.kakanai.server.account.Totp.codeAt(bytes.toByteArray(), java.time.Instant.now());
    }

    /** A manager uploads a town pack with two mistakes: each is listed with its file and line, nothing changes. */
    @Test
    @Order(10)
    void managerSeesEveryMistakeOfAnUploadedTownPack() throws java.io.IOException {
        byte[] broken = new jp.kakanai.server.townpack.PackUploads()
                .edit("procedures.json", t -> t.replace("\"forms\": [\"nhi-enroll\"]", "\"forms\": [\"nhi-enrol\"]"))
                .edit("departments.json", t -> t.replace("      \"vi\": \"Phòng Công dân\",\n", ""))
                .zip();
        java.nio.file.Path zip = java.nio.file.Files.createTempFile("town-pack", ".zip");
        java.nio.file.Files.write(zip, broken);
        browser.driver().manage().deleteAllCookies();
        login(DemoCredentials.MANAGER, DemoCredentials.MANAGER_PASSWORD);
        browser.open(url("/manager/town-pack.html"));
        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("versions"), "（使用中）"));

        browser.driver().findElement(By.id("archive")).sendKeys(zip.toString());
        browser.driver().findElement(By.id("note")).sendKeys("誤りのある版");
        browser.driver().findElement(By.cssSelector("#upload button[type=submit]")).click();

        browser.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problems"), "departments.json:"));
        assertThat(browser.driver().findElement(By.id("problems")).getText())
                .contains("unknown form id 'nhi-enrol'", "missing translation 'vi'");
        assertThat(browser.driver().findElement(By.id("message")).getText()).contains("nothing was changed");
        browser.screenshot("manager-02-town-pack");
        assertThat(browser.accessibilityViolations()).isEmpty();
        java.nio.file.Files.delete(zip);
    }

    /**
     * A clerk of こども家庭課 sees the steps of a ticket only while it is at こども家庭課, and calls only that queue: the
     * buttons follow the rule the server checks (pressing one elsewhere would answer 403).
     */
    @Test
    @Order(11)
    void aDepartmentClerkSeesStepButtonsOnlyForTicketsAtTheirOwnDepartment() {
        var checkedIn = http().asKiosk().postJson("/api/visits", CheckInFixture.json(new CheckIn(CheckInFixture.resident(),
                "birth", List.of("birth-registration", "child-allowance"))));
        String visit = HttpFixture.json(checkedIn).get("visitId").asText();
        HttpFixture oneStop = http().asClerk();
        jp.kakanai.server.checklist.ChecklistFixture.keepOnly(oneStop, visit,
                java.util.Set.of("birth-registration", "child-allowance"));
        browser.driver().manage().deleteAllCookies();
        login(DemoCredentials.KODOMO_CLERK, DemoCredentials.KODOMO_CLERK_PASSWORD);
        browser.open(url("/staff/"));
        By row = By.cssSelector("#visits tr[data-visit='" + visit + "']");
        browser.until(ExpectedConditions.textToBePresentInElementLocated(row, "待ち"));

        assertThat(browser.driver().findElement(row).findElements(By.tagName("button")))
                .as("the ticket waits at 市民課: nothing for こども家庭課 to press").isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("#department option")))
                .extracting(o -> o.getAttribute("value")).containsExactly("kodomo");
        assertThat(browser.driver().findElement(By.cssSelector("a[href='/staff/interview.html']")).isDisplayed())
                .as("the interview is the one-stop counter's").isFalse();

        var desk = java.util.Map.of("counter", "1番窓口");
        oneStop.postJson("/api/queue/visits/" + visit + "/start", desk);
        oneStop.postJson("/api/queue/visits/" + visit + "/procedures/birth-registration/done", desk);
        assertThat(HttpFixture.json(oneStop.postJson("/api/queue/visits/" + visit + "/finish", desk))
                .get("department").asText()).isEqualTo("kodomo");
        browser.driver().findElement(By.id("reload")).click();
        browser.until(ExpectedConditions.textToBePresentInElementLocated(row, "対応開始"));
        browser.driver().findElement(row).findElement(By.xpath(".//button[text()='対応開始']")).click();

        browser.until(ExpectedConditions.textToBePresentInElementLocated(row, "次の課へ / 終了"));
        assertThat(browser.driver().findElement(row).findElements(By.tagName("button")))
                .extracting(b -> b.getText()).hasSize(2).last().isEqualTo("次の課へ / 終了");
        assertThat(browser.driver().findElement(By.id("queueMessage")).getText()).doesNotContain("403", "acts on");
        browser.screenshot("staff-03-department-clerk");
    }
}
