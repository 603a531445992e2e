/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and chromedriver (apt-get install chromium chromium-driver), headless, with a
 * profile of its own that loads the unpacked extension. Selenium is pointed at both binaries, so
 * it never tries to download a browser.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** browser-extension/ at the top of the repository (failsafe runs in the module's directory). */
    static final Path EXTENSION = Path.of("../../browser-extension").toAbsolutePath().normalize();

    private Chromium() {
    }

    static void require() {
        Prerequisites.require(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "Chromium is not installed (" + BROWSER + ", " + DRIVER + "; apt-get install chromium chromium-driver)");
    }

    /** A browser on {@code profile} (its native hosts in {@code profile/NativeMessagingHosts}). */
    static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile,
                "--disable-extensions-except=" + EXTENSION, "--load-extension=" + EXTENSION);
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        // chromedriver hides extension pages unless told: the consent window is one.
        options.setExperimentalOption("enableExtensionTargets", true);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    static Path hostManifests(Path profile) {
        return profile.resolve("NativeMessagingHosts");
    }
}
