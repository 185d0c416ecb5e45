package jp.kakanai.server.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}) for the page tests: one
 * browser per test class, screenshots of every screen as test artefacts, and an axe-core WCAG 2.2 AA check.
 *
 * <p>The flags are the ones this closed network needs: without the background-networking ones Chromium
 * keeps trying to reach Google's hosts. The driver path is given explicitly so Selenium Manager never
 * tries to download a browser.
 */
public final class HeadlessChromium implements AutoCloseable {
    /** Where screenshots go: the build's directory, so CI keeps them with the test reports. */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_22_AA =
            List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser with a fresh, empty profile; the window is a 1280×900 counter-tablet screen. */
    public static HeadlessChromium start() {
        return start(1280, 900);
    }

    public static HeadlessChromium start(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("kakanai-chromium");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(System.getProperty("kakanai.chromium", "/usr/bin/chromium"));
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--disable-dev-shm-usage", "--lang=ja", "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(System.getProperty("kakanai.chromedriver", "/usr/bin/chromedriver")))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new HeadlessChromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public HeadlessChromium open(String url) {
        driver.get(url);
        return this;
    }

    /** Waits (up to 10 s) until an element is visible and returns it. */
    public WebElement visible(By by) {
        return until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits (up to 10 s) until the condition holds; a timeout fails the test with the page's URL. An element
     * the page replaced meanwhile (pages re-render after each answer) just means: look again.
     */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** Logs in on the staff login page of the server at {@code base} and waits until it lets the user in. */
    public HeadlessChromium login(String base, String user, String password) {
        open(base + "/login.html");
        visible(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("#login button[type=submit]")).click();
        until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        return this;
    }

    /**
     * The bytes at {@code url} as the page's own {@code fetch} gets them: with the browser's session cookie,
     * so a test sees exactly what the page would show or print (a PDF, for example).
     */
    public byte[] fetchBytes(String url) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(r => r.ok ? r.arrayBuffer() : Promise.reject(new Error('HTTP ' + r.status)))
                  .then(buffer => {
                    const bytes = new Uint8Array(buffer);
                    let text = '';
                    for (let i = 0; i < bytes.length; i += 0x8000) {
                      text += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
                    }
                    done(btoa(text));
                  })
                  .catch(e => done('ERROR ' + e.message));
                """, url);
        String base64 = String.valueOf(result);
        if (base64.startsWith("ERROR ")) {
            throw new AssertionError("fetch " + url + " failed in the browser: " + base64.substring(6));
        }
        return java.util.Base64.getDecoder().decode(base64);
    }

    /** Saves a PNG of the current screen as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File png = driver.getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(png.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG 2.2 A/AA violations axe-core finds on the current screen, one readable line each. */
    public List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        return results.getViolations().stream().map(HeadlessChromium::describe).toList();
    }

    private static String describe(Rule rule) {
        String where = rule.getNodes().stream()
                .map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at " + where;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover temporary profile is harmless; the test result is what matters.
        }
    }
}
