package jp.kakanai.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.kakanai.kiosk.app.KioskApp;
import jp.kakanai.server.browser.HeadlessChromium;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The resident's kiosk page in a real Chromium, as the tests drive it: every tap goes through {@link #tap},
 * which counts it (PIN digits apart, as the tap budget counts them), screens are waited for by name, and
 * each screen can be checked with axe-core, measured on the two tablet sizes in both text sizes, and the
 * ticket printed to PDF on a receipt roll and on A4.
 */
public final class KioskPage {
    /** The counter tablets the kiosk must fit: 1280 × 800 landscape, 800 × 1280 portrait. */
    static final List<int[]> TABLETS = List.of(new int[] {1280, 800}, new int[] {800, 1280});
    /** Common 80 mm receipt printers' page: 72 mm printable on an 80 × 297 mm page (Epson TM-T88 driver). */
    private static final double RECEIPT_WIDTH_INCHES = 80 / 25.4;
    private static final double RECEIPT_HEIGHT_INCHES = 297 / 25.4;

    private final HeadlessChromium browser;
    private int taps;
    private int keys;
    private int pinDigits;

    public KioskPage(HeadlessChromium browser) {
        this.browser = browser;
    }

    public KioskPage open(String url) {
        browser.open(url);
        taps = 0;
        keys = 0;
        pinDigits = 0;
        return this;
    }

    ChromeDriver driver() {
        return (ChromeDriver) browser.driver();
    }

    /** A tap the resident makes (counted in the budget). */
    public void tap(By by) {
        browser.until(ExpectedConditions.elementToBeClickable(by)).click();
        taps++;
    }

    public void tap(String id) {
        tap(By.id(id));
    }

    /** Keys the resident types outside the PIN pad (counted in the budget, one per character). */
    public void type(WebElement field, String text) {
        field.sendKeys(text);
        keys += text.codePointCount(0, text.length());
    }

    /** The PIN on the keypad (each digit counted apart), then 決定 (a tap). */
    public void enterPin(String pin) {
        for (char digit : pin.toCharArray()) {
            browser.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#keypad [data-digit='" + digit + "']"))).click();
            pinDigits++;
        }
        tap("pin-ok");
    }

    int taps() {
        return taps;
    }

    int keys() {
        return keys;
    }

    int pinDigits() {
        return pinDigits;
    }

    /**
     * The move's new address by taps: a 町字 (its id), keys of the number pad ("4", "next", "5" for 4番5号; digits
     * and "dash" for a 地番), the first day offered (today), then "next".
     */
    public void pickAddress(String machiazaId, String... keys) {
        tap(By.cssSelector("#machiaza-list [data-machiaza='" + machiazaId + "']"));
        browser.until(d -> visible("address-number"));
        for (String key : keys) {
            tap(By.cssSelector("#address-number [data-digit='" + key + "']"));
        }
        tap(By.cssSelector("#move-dates [data-date]"));
        tap("btn-address-done");
    }

    /** Waits until the kiosk program sees the reader empty (a person swapping cards takes that moment). */
    public void waitUntilTheKioskSeesNoCard(KioskApp kiosk) {
        browser.until(d -> !kioskState(kiosk).get("cardPresent").asBoolean());
    }

    /** The kiosk program's own state, as its page polls it. */
    static JsonNode kioskState(KioskApp kiosk) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(kiosk.url().resolve("api/state")).build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The screens the page shows from now on, in order (the page's own screen listeners, read back later). */
    void recordScreens() {
        driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        driver().executeAsyncScript("const done = arguments[arguments.length - 1]; window.screensShown = [];"
                + " import('/js/screens.js').then(m => { m.onScreenChange((from, to) => window.screensShown.push(to)); done(); });");
    }

    @SuppressWarnings("unchecked")
    List<String> screensShown() {
        return (List<String>) script("return window.screensShown");
    }

    /** What the page itself counted for the session metrics: {taps, keys, pinDigits}. */
    @SuppressWarnings("unchecked")
    Map<String, Object> pageCounts() {
        driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return (Map<String, Object>) driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + " import('/js/metrics.js').then(m => done(m.interactions()));");
    }

    public void screen(String name) {
        screen(name, Duration.ofSeconds(15));
    }

    /** Waits for the screen; on a timeout says which screen shows instead, and the page's last message. */
    public void screen(String name, Duration within) {
        new WebDriverWait(driver(), within).withMessage(() -> "screen " + name + " expected; shown: "
                + script("const s = [...document.querySelectorAll('.screen')].find(e => !e.hidden);"
                        + " return (s ? s.id : 'none') + ' — ' + document.getElementById('status').textContent"
                        + " + ' ' + [...document.querySelectorAll('.error')].map(e => e.textContent).join(' ')"))
                .until(d -> visible("screen-" + name));
    }

    /** Waits until one of the screens shows and says which. */
    public String oneOf(String... names) {
        return new WebDriverWait(driver(), Duration.ofSeconds(15)).until(d -> {
            for (String name : names) {
                if (visible("screen-" + name)) {
                    return name;
                }
            }
            return null;
        });
    }

    public boolean visible(String id) {
        List<WebElement> found = driver().findElements(By.id(id));
        return !found.isEmpty() && found.get(0).isDisplayed();
    }

    public String text(String id) {
        return driver().findElement(By.id(id)).getText();
    }

    String html(String id) {
        return driver().findElement(By.id(id)).getAttribute("innerHTML");
    }

    public Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(js, args);
    }

    /** A screenshot and the axe-core WCAG 2.2 AA check of the screen as it is now. */
    void check(String name) {
        browser.screenshot("kiosk-" + name);
        assertThat(browser.accessibilityViolations()).as("axe on " + name).isEmpty();
    }

    /** The page's own text of a key in a language (the town pack's, through the kiosk), without furigana markup. */
    String pageText(String language, String key) {
        driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
        return String.valueOf(driver().executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                + " fetch('/api/texts').then(r => r.json()).then(t => done(t.messages[arguments[0]][arguments[1]]"
                + ".replace(/\\{([^|{}]+)\\|([^|{}]+)\\}/g, '$1')));", language, key));
    }

    /** The header's language button, a language, and back on the same screen in that language. */
    void chooseLanguage(String language, String screen) {
        tap("btn-language");
        screen("language");
        tap(By.cssSelector("#language-list [data-lang='" + language + "']"));
        screen(screen);
        String expectedStartOver = pageText(language, "startOver");
        browser.until(d -> text("btn-restart").equals(expectedStartOver));
    }

    /**
     * The screen as it is now on both tablets in normal and larger text: its heading at the top, every
     * button of its action bar whole and inside the window, the PIN keypad whole. Each layout gets a
     * screenshot ({@code kiosk-fit-<name>-<w>x<h>[-large].png}). The window is put back afterwards.
     */
    void fitsEveryTablet(String name) {
        boolean large = Boolean.TRUE.equals(script("return document.documentElement.classList.contains('large-text')"));
        try {
            for (int[] size : TABLETS) {
                for (boolean largeText : List.of(false, true)) {
                    viewport(size[0], size[1]);
                    script("document.documentElement.classList.toggle('large-text', arguments[0])", largeText);
                    String layout = name + "-" + size[0] + "x" + size[1] + (largeText ? "-large" : "");
                    List<String> problems = layoutProblems();
                    browser.screenshot("kiosk-fit-" + layout);
                    assertThat(problems).as("layout " + layout).isEmpty();
                }
            }
        } finally {
            script("document.documentElement.classList.toggle('large-text', arguments[0])", large);
            driver().executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private void viewport(int width, int height) {
        driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    @SuppressWarnings("unchecked")
    private List<String> layoutProblems() {
        Object found = script("""
                const problems = [];
                const screen = [...document.querySelectorAll('.screen')].find(s => !s.hidden);
                if (!screen) return ['no screen shown'];
                const h = window.innerHeight, w = window.innerWidth;
                const whole = (el) => { const r = el.getBoundingClientRect();
                  return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= h + 0.5 && r.right <= w + 0.5; };
                const label = (el) => el.id || el.dataset.digit || el.textContent.trim().slice(0, 20);
                screen.querySelectorAll('.actions button').forEach(b => {
                  if (!b.hidden && b.offsetParent !== null && !whole(b)) problems.push('action not whole: ' + label(b));
                });
                if (screen.id === 'screen-pin') screen.querySelectorAll('#keypad button').forEach(b => {
                  if (!whole(b)) problems.push('key not whole: ' + label(b));
                });
                const body = screen.querySelector('.screen-body');
                if (body && body.scrollTop !== 0) problems.push('screen does not start at its top');
                const heading = screen.querySelector('h1');
                if (heading && heading.getBoundingClientRect().top > h / 2) problems.push('heading below the middle');
                if (document.documentElement.scrollWidth > w + 1) problems.push('page wider than the window');
                return problems;
                """);
        return new ArrayList<>((List<String>) found);
    }

    /**
     * The page printed by Chromium's print-to-PDF (print CSS, no CSS page size) on an 80 mm receipt roll
     * and on A4; returns the two PDFs' pages and text.
     */
    Printed print(String name) {
        return new Printed(printOn(name + "-receipt", RECEIPT_WIDTH_INCHES, RECEIPT_HEIGHT_INCHES),
                printOn(name + "-a4", 8.27, 11.69));
    }

    record PrintedPaper(int pages, String text) {
    }

    record Printed(PrintedPaper receipt, PrintedPaper a4) {
    }

    /** Prints to PDF on that paper; its first page is saved as {@code target/screenshots/kiosk-<name>.png}. */
    private PrintedPaper printOn(String name, double widthInches, double heightInches) {
        Map<String, Object> pdf = driver().executeCdpCommand("Page.printToPDF", Map.of(
                "paperWidth", widthInches, "paperHeight", heightInches, "printBackground", true,
                "preferCSSPageSize", false, "marginTop", 0, "marginBottom", 0, "marginLeft", 0, "marginRight", 0));
        byte[] bytes = Base64.getDecoder().decode(String.valueOf(pdf.get("data")));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Files.createDirectories(HeadlessChromium.SCREENSHOTS);
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 150), "png",
                    HeadlessChromium.SCREENSHOTS.resolve("kiosk-" + name + ".png").toFile());
            return new PrintedPaper(document.getNumberOfPages(), new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
