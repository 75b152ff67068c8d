package org.gluegraph.explorer;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium through Debian's chromedriver, both named by path so that Selenium Manager never looks
 * for (or downloads) a driver or a browser. Each page load is checked from the browser's own logs: console errors,
 * and every request the page made (Chrome's performance log), with the bytes it transferred.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    private final Path profile;
    /** Where the browser saves downloads (the explorer's SVG, PNG and TSV files). */
    final Path downloads;
    private final ChromeDriverService service;

    /** One request the page made: its URL and the bytes that came over the wire for it (0 if none, e.g. data:). */
    record Request(String url, long transferred) {
    }

    /** What the browser logged since the last look: console errors and requests. */
    record PageLog(List<String> consoleErrors, List<Request> requests) {
        long transferred() {
            return requests.stream().mapToLong(Request::transferred).sum();
        }

        /** Requests to anything but this machine's loopback (data: and blob: URLs stay in the page). */
        List<String> leavingLocalhost() {
            List<String> out = new ArrayList<>();
            for (Request r : requests) {
                String u = r.url();
                // chrome:// is the browser's own resources (its new-tab page at start-up), never the network
                if (u.startsWith("data:") || u.startsWith("blob:") || u.startsWith("about:") || u.startsWith("chrome:")) {
                    continue;
                }
                URI uri = URI.create(u);
                String host = uri.getHost();
                if (!("http".equals(uri.getScheme()) && ("localhost".equals(host) || "127.0.0.1".equals(host)))) {
                    out.add(u);
                }
            }
            return out;
        }
    }

    Browser() throws IOException {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("the explorer tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install -y chromium chromium-driver");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        profile = Files.createTempDirectory("gluegraph-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1100", "--force-device-scale-factor=1",
                "--user-data-dir=" + profile.toAbsolutePath());
        downloads = Files.createTempDirectory("gluegraph-downloads-");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL", LogType.PERFORMANCE, "ALL"));
        service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.get("about:blank"); // leave the start-up page before any page is checked
        Files.createDirectories(SCREENSHOTS);
    }

    /** Waits up to 60 s; an element that a page redraws meanwhile is looked for again, not an error. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    WebElement await(String css) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Drain the browser's logs: console entries at SEVERE, and the requests with their transferred bytes. */
    PageLog log() throws IOException {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
                errors.add(e.getMessage());
            }
        }
        Map<String, String> urls = new java.util.LinkedHashMap<>();
        Map<String, Long> bytes = new java.util.HashMap<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode m = JSON.readTree(e.getMessage()).path("message");
            String method = m.path("method").asText();
            JsonNode p = m.path("params");
            if (method.equals("Network.requestWillBeSent")) {
                urls.put(p.path("requestId").asText(), p.path("request").path("url").asText());
            } else if (method.equals("Network.loadingFinished")) {
                bytes.merge(p.path("requestId").asText(), p.path("encodedDataLength").asLong(), Long::sum);
            }
        }
        List<Request> requests = new ArrayList<>();
        urls.forEach((id, url) -> requests.add(new Request(url, bytes.getOrDefault(id, 0L))));
        return new PageLog(errors, requests);
    }

    /** Save what the window shows as target/explorer-screenshots/NAME.png. */
    Path screenshot(String name) throws IOException {
        Path to = SCREENSHOTS.resolve(name + ".png");
        Files.write(to, driver.getScreenshotAs(OutputType.BYTES));
        return to;
    }

    byte[] screenshotBytes() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /** Wait for a finished download of that name and return its bytes. */
    byte[] downloaded(String name) throws IOException {
        Path f = downloads.resolve(name);
        waiting().until(d -> Files.exists(f) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return Files.readAllBytes(f);
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
