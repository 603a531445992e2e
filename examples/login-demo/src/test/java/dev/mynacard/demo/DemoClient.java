/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynacard.core.login.TestTokens;
import dev.mynacard.core.trust.SimulatedKeys;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.sim.issue.IssuedCard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PrivateKey;
import java.time.Instant;

/**
 * The demo's API over HTTP, with login tokens signed in software by the simulated card's key (the
 * key a simulated card holds, chained to the simulator's PKI): what a browser and a card would send.
 */
final class DemoClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static IssuedCard card;
    private static PrivateKey key;

    private final HttpClient http = HttpClient.newHttpClient();

    /** A login answer: the status and the JSON body. */
    record Answer(int status, JsonNode body) {
        String errorCode() {
            return body.at("/error/code").asText();
        }
    }

    /** GET /api/challenge at {@code server}. */
    String challenge(DemoServer server) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base(server) + "/api/challenge"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("challenge").asText();
    }

    /** A token answering {@code challenge} for {@code audience}, signed now by the simulated card's auth key. */
    static String token(String audience, String challenge) throws Exception {
        synchronized (DemoClient.class) {
            if (card == null) {
                card = DefaultCard.issue();
                key = SimulatedKeys.auth(card);
            }
        }
        return TestTokens.login(card.authCertificate(), audience, challenge, Instant.now()).signRs256(key);
    }

    /** POST /api/login at {@code server}. */
    Answer login(DemoServer server, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base(server) + "/api/login"))
                .POST(HttpRequest.BodyPublishers.ofString(token)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()));
    }

    /** Where the server listens (its origin may be a shared public one). */
    private static String base(DemoServer server) {
        return "http://127.0.0.1:" + server.port();
    }
}
