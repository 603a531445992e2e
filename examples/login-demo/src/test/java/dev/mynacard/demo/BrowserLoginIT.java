/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import dev.mynacard.cli.host.HostInstallation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole path in a real browser: Debian's Chromium, headless, with the unpacked extension and
 * the native host registered for its profile ({@code mynacard native-host install --manifest-dir}),
 * the host reading a simulated card's state file; the demo relying party in this JVM. The holder's
 * part (the click, the PIN) is typed into the extension's own window, as a person would.
 */
class BrowserLoginIT {
    private static final String PIN = "4791";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path temp;

    private Mynacard mynacard;
    private DemoServer demo;
    private ChromeDriver browser;
    private String pageWindow;

    @BeforeEach
    void start() throws IOException {
        Chromium.require();
        Path profile = temp.resolve("profile");
        mynacard = new Mynacard(temp.resolve("card.json"), temp.resolve("home"));
        // A PIN of the test's own, so that finding it in the page means it leaked (1234 could be anywhere).
        mynacard.runWithStdin("1234\n" + PIN + "\n", "--pin-stdin", "pin", "change", "auth");
        mynacard.run("native-host", "install", "--manifest-dir", Chromium.hostManifests(profile).toString());
        demo = DemoServer.start(new DemoOptions(0, Optional.empty(), Optional.empty(), true, List.of()));
        browser = Chromium.start(profile);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void theHolderLogsInWithTheCardAndThePinNeverReachesThePage() throws Exception {
        clickLogIn(demo.origin());
        assertEquals(demo.origin(), inConsentWindow().findElement(By.id("origin")).getText());
        enterPin(PIN);
        backToPage();
        String holder = waitFor(By.id("holder")).getText();
        JsonNode described = new ObjectMapper().readTree(holder);
        assertTrue(described.get("issuer").asText().contains("JPKI-SIMULATOR"), holder);
        assertEquals(3, mynacard.authTriesLeft());

        String pageWithoutHolder = browser.getPageSource().replace(holder, "")
                .replace(holder.replace("\"", "&quot;"), "");
        assertFalse(pageWithoutHolder.contains(PIN), "the PIN is in the page's DOM");
        List<String> console = browser.manage().logs().get("browser").getAll().stream().map(LogEntry::getMessage)
                .collect(Collectors.toList());
        assertTrue(console.stream().noneMatch(line -> line.contains(PIN)), "the PIN is in the console: " + console);

        browser.navigate().refresh();
        assertEquals(holder, waitFor(By.id("holder")).getText(), "the session cookie keeps the holder logged in");
    }

    @Test
    void aWrongPinShowsTheTriesLeftAndSpendsExactlyOne() throws Exception {
        clickLogIn(demo.origin());
        WebDriver consent = inConsentWindow();
        enterPin("0000");
        new WebDriverWait(consent, WAIT).until(ExpectedConditions.attributeToBe(By.id("status"), "data-remaining", "2"));
        assertTrue(consent.findElement(By.id("status")).getText().contains("Tries left: 2"),
                consent.findElement(By.id("status")).getText());
        assertEquals(2, mynacard.authTriesLeft());

        enterPin(PIN);
        backToPage();
        waitFor(By.id("holder"));
        assertEquals(3, mynacard.authTriesLeft(), "the right PIN resets the counter");
    }

    @Test
    void cancellingInTheWindowGivesThePageATypedErrorAndSpendsNothing() throws Exception {
        clickLogIn(demo.origin());
        inConsentWindow().findElement(By.id("cancel")).click();
        backToPage();
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"),
                "No login (cancelled)"));
        assertEquals(3, mynacard.authTriesLeft());
    }

    @Test
    void aPageOnAnotherOriginGetsATokenForItselfOnlyWhichTheDemoRefuses() throws Exception {
        String challenge = new ObjectMapper().readTree(get(demo.origin() + "/api/challenge")).get("challenge").asText();
        HttpServer phishing = phishingPage(challenge);
        try {
            String phishingOrigin = "http://localhost:" + phishing.getAddress().getPort();
            clickLogIn(phishingOrigin);
            assertEquals(phishingOrigin, inConsentWindow().findElement(By.id("origin")).getText(),
                    "the window names the page's real origin, whatever challenge it relays");
            enterPin(PIN);
            backToPage();
            String token = waitFor(By.id("token")).getText();
            assertEquals(List.of(phishingOrigin), SignedJWT.parse(token).getJWTClaimsSet().getAudience());

            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(URI.create(demo.origin() + "/api/login"))
                    .POST(HttpRequest.BodyPublishers.ofString(token)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode());
            assertEquals("wrong-audience", new ObjectMapper().readTree(refused.body()).at("/error/code").asText());
        } finally {
            phishing.stop(0);
        }
    }

    /** Opens {@code origin}'s page once the extension has announced itself there, and clicks the button. */
    private void clickLogIn(String origin) {
        browser.get(origin + "/");
        pageWindow = browser.getWindowHandle();
        new WebDriverWait(browser, WAIT).until(driver -> "available".equals(
                driver.findElement(By.tagName("html")).getAttribute("data-mynacard-login")));
        browser.findElement(By.id("login")).click();
    }

    /**
     * Switches to the extension's consent window once it is open. Its window handle is its DevTools
     * target ID, found by its address (chromedriver lists it only with the windowTypes option).
     */
    private WebDriver inConsentWindow() {
        String consentPage = "chrome-extension://" + HostInstallation.CHROMIUM_EXTENSION_ID + "/consent.html";
        String consent;
        try {
            consent = new WebDriverWait(browser, WAIT).until(driver -> targets().stream()
                    .filter(target -> String.valueOf(target.get("url")).startsWith(consentPage))
                    .map(target -> String.valueOf(target.get("targetId")))
                    .filter(id -> browser.getWindowHandles().contains(id))
                    .findFirst().orElse(null));
        } catch (TimeoutException none) {
            throw new AssertionError("no consent window; the page says \"" + browser.findElement(By.tagName("body")).getText()
                    + "\"; the browser's targets: " + targets() + "; window handles: " + browser.getWindowHandles(), none);
        }
        browser.switchTo().window(consent);
        new WebDriverWait(browser, WAIT).until(driver -> !driver.findElement(By.id("origin")).getText().equals("…"));
        return browser;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> targets() {
        return (List<Map<String, Object>>) browser.executeCdpCommand("Target.getTargets", Map.of()).get("targetInfos");
    }

    private void enterPin(String pin) {
        var field = browser.findElement(By.id("pin"));
        field.clear();
        field.sendKeys(pin);
        browser.findElement(By.id("login")).click();
    }

    private void backToPage() {
        new WebDriverWait(browser, WAIT).until(driver -> driver.getWindowHandles().size() == 1);
        browser.switchTo().window(pageWindow);
    }

    private org.openqa.selenium.WebElement waitFor(By element) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private static String get(String url) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /** A page elsewhere that relays the demo's challenge to the extension and shows the token it gets. */
    private static HttpServer phishingPage(String challenge) throws IOException {
        String page = "<!DOCTYPE html><html><body><button id=\"login\">Log in</button><pre id=\"token\" hidden></pre>"
                + "<script>"
                + "window.addEventListener('message', e => { if (e.data && e.data.type === 'mynacard-login-result') {"
                + " const t = document.getElementById('token'); t.textContent = e.data.token; t.hidden = false; } });"
                + "document.getElementById('login').onclick = () => window.postMessage("
                + "{type: 'mynacard-login', challenge: '" + challenge + "'}, location.origin);"
                + "</script></body></html>";
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (exchange) {
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        return server;
    }
}
