/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo relying party on its embedded H2, over HTTP, including what a hostile client sends. */
class DemoServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DemoServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final DemoClient client = new DemoClient();

    @BeforeAll
    static void start() throws IOException {
        server = DemoServer.start(new DemoOptions(0, Optional.empty(), Optional.empty(), true, List.of()));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.origin() + path));
    }

    private static String errorCode(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body()).at("/error/code").asText();
    }

    @Test
    void aChallengeNamesThisOriginAsTheAudience() throws Exception {
        JsonNode challenge = JSON.readTree(send(request("/api/challenge")).body());
        assertEquals(server.origin(), challenge.get("audience").asText());
        assertEquals(76, challenge.get("challenge").asText().length());
        assertTrue(challenge.get("expiresAt").asText().endsWith("Z"));
    }

    @Test
    void aGoodTokenLogsInOnceWithAStrictHttpOnlyCookie() throws Exception {
        String token = DemoClient.token(server.origin(), client.challenge(server));
        HttpResponse<String> login = send(request("/api/login").POST(HttpRequest.BodyPublishers.ofString(token)));
        assertEquals(200, login.statusCode(), login.body());
        JsonNode holder = JSON.readTree(login.body()).get("holder");
        assertEquals(64, holder.get("fingerprint").asText().length());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        HttpResponse<String> me = send(request("/api/me").header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
        assertEquals(200, me.statusCode());
        assertEquals(holder, JSON.readTree(me.body()).get("holder"));
        assertEquals("not-logged-in", errorCode(send(request("/api/me"))));
        assertEquals("not-logged-in", errorCode(send(request("/api/me").header("Cookie",
                "mynacard_session=" + "A".repeat(43)))));

        HttpResponse<String> replay = send(request("/api/login").POST(HttpRequest.BodyPublishers.ofString(token)));
        assertEquals(401, replay.statusCode());
        assertEquals("replay", errorCode(replay));
    }

    @Test
    void refusedTokensAre401WithTheVerifiersCode() throws Exception {
        String challenge = client.challenge(server);
        assertEquals("wrong-audience", errorCode(send(request("/api/login").POST(HttpRequest.BodyPublishers
                .ofString(DemoClient.token("https://elsewhere.example", challenge))))));
        assertEquals("malformed", errorCode(send(request("/api/login").POST(HttpRequest.BodyPublishers
                .ofString("not.a.token")))));
        assertEquals("unknown-challenge", errorCode(send(request("/api/login").POST(HttpRequest.BodyPublishers
                .ofString(DemoClient.token(server.origin(), "A".repeat(76)))))));
    }

    @Test
    void aLoginPostedFromAnotherOriginIsRefused() throws Exception {
        String token = DemoClient.token(server.origin(), client.challenge(server));
        HttpResponse<String> crossOrigin = send(request("/api/login").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(token)));
        assertEquals(403, crossOrigin.statusCode());
        assertEquals(200, send(request("/api/login").header("Origin", server.origin())
                .POST(HttpRequest.BodyPublishers.ofString(token))).statusCode(), "the refusal did not use the challenge");
    }

    @Test
    void aBodyOverTheTokenLimitIsRefusedUnread() throws Exception {
        HttpResponse<String> large = send(request("/api/login").POST(HttpRequest.BodyPublishers.ofString(
                "x".repeat(40_000))));
        assertEquals(413, large.statusCode());
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 999999999999\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            assertEquals("HTTP/1.1 413", status);
        }
    }

    @Test
    void idleConnectionsDoNotStopOthersBeingServed() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                idle.add(new Socket(InetAddress.getLoopbackAddress(), server.port()));
            }
            assertEquals(200, send(request("/api/challenge")).statusCode());
        } finally {
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    @Test
    void unknownPathsAndMethodsAreRefused() throws Exception {
        assertEquals(404, send(request("/api/challenge/more")).statusCode());
        assertEquals(404, send(request("/etc/passwd")).statusCode());
        HttpResponse<String> wrongMethod = send(request("/api/challenge").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("GET", wrongMethod.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void thePageOffersTheButtonAndTheCommandLineFallback() throws Exception {
        HttpResponse<String> page = send(request("/"));
        assertTrue(page.body().contains("Log in with My Number Card"));
        assertTrue(page.body().contains("fallback-command"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        assertTrue(send(request("/app.js")).body().contains("mynacard login --challenge"));
    }

    @Test
    void theCommandLineIsChecked() {
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--port", "8080"),
                "nothing trusted");
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--trust-simulator"));
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--port", "x", "--trust-simulator"));
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--port", "1", "--trust-simulator", "--x"));
        DemoOptions options = DemoOptions.parse("--port", "8080", "--trust-simulator", "--jdbc-url", "jdbc:h2:mem:x");
        assertEquals("http://127.0.0.1:8080", options.effectiveOrigin(8080));
        assertEquals(Optional.of("jdbc:h2:mem:x"), options.jdbcUrl());
    }
}
