package jp.kakanai.server.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import jp.kakanai.server.ServerHttpTest;
import jp.kakanai.server.demo.DemoCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/**
 * The staff pages' own Japanese pages for 403, 404 and 500 instead of the framework's default: with
 * {@code lang}, a title, what happened and the ways back; the API keeps answering JSON.
 */
class StaffErrorPagesInBrowserTest extends ServerHttpTest {
    private static HeadlessChromium browser;

    @Autowired
    private ErrorViewResolver errorViews;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void aClerkSeesJapanesePagesForAMissingPageAndAForbiddenOneWithAWayBack() {
        browser.login("http://localhost:" + port, DemoCredentials.CLERK, DemoCredentials.CLERK_PASSWORD);

        browser.open("http://localhost:" + port + "/staff/no-such-page.html");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("ページが見つかりません");
        assertThat(browser.driver().getTitle()).isEqualTo("ページが見つかりません — 書かない窓口");
        assertThat(browser.driver().findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ja");
        assertThat(browser.driver().findElement(By.linkText("来庁者一覧へ戻る")).getAttribute("href")).endsWith("/staff/");
        browser.screenshot("staff-error-404");
        assertThat(browser.accessibilityViolations()).isEmpty();

        browser.open("http://localhost:" + port + "/manager/");
        assertThat(browser.visible(By.tagName("h1")).getText()).isEqualTo("この画面を開く権限がありません");
        assertThat(browser.driver().getPageSource()).contains("エラーコード: 403");
        browser.screenshot("staff-error-403");
        assertThat(browser.accessibilityViolations()).isEmpty();
    }

    @Test
    void theErrorPagesComeWithTheirStatusAndTheApiStaysJson() throws IOException, InterruptedException {
        HttpResponse<String> page = html("/board/no-such-page.html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("<html lang=\"ja\">", "<title>ページが見つかりません — 書かない窓口</title>")
                .doesNotContain("Whitelabel");

        HttpResponse<String> api = http().asClerk().get("/api/no-such-thing");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    }

    @Test
    void aServerErrorHasItsOwnPage() throws Exception {
        assertThat(rendered(HttpStatus.INTERNAL_SERVER_ERROR)).contains("<title>システムでエラーが起きました — 書かない窓口</title>",
                "エラーコード: 500", "href=\"/staff/\"");
        assertThat(rendered(HttpStatus.SERVICE_UNAVAILABLE)).contains("<title>システムが一時的に使えません — 書かない窓口</title>");
    }

    /** The page Spring Boot's error handling shows for a status, as the servlet container would send it. */
    private String rendered(HttpStatus status) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        ModelAndView view = errorViews.resolveErrorView(request, status, Map.of());
        assertThat(view).as("a page for " + status).isNotNull();
        MockHttpServletResponse response = new MockHttpServletResponse();
        view.getView().render(Map.of(), request, response);
        return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private HttpResponse<String> html(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }
}
