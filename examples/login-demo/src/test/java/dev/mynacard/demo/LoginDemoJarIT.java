/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** target/login-demo.jar, run as the README says: it starts, serves challenges, and refuses a bad command line. */
class LoginDemoJarIT {
    private static final Path JAR = Path.of("target/login-demo.jar");
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @Test
    void theJarServesTheDemo() throws Exception {
        assertTrue(Files.isRegularFile(JAR), "package builds " + JAR);
        Process demo = new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "--port", "0", "--trust-simulator")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try {
            String line = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Matcher origin = Pattern.compile("listening on (http://127\\.0\\.0\\.1:\\d+) \\(embedded H2\\)")
                    .matcher(String.valueOf(line));
            assertTrue(origin.find(), line);
            HttpResponse<String> challenge = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(origin.group(1) + "/api/challenge")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, challenge.statusCode());
            assertEquals(origin.group(1), new ObjectMapper().readTree(challenge.body()).get("audience").asText());
        } finally {
            demo.destroy();
            demo.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aBadCommandLineExitsWithUsage() throws Exception {
        Process demo = new ProcessBuilder(JAVA.toString(), "-jar", JAR.toString(), "--port", "8080")
                .redirectErrorStream(true).start();
        String output = new String(demo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(demo.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, demo.exitValue(), output);
        assertTrue(output.contains("--trust-simulator") && output.contains("usage:"), output);
    }
}
