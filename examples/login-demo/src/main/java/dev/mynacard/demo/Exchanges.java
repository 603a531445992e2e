/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.demo;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reading requests and writing answers on the JDK's HTTP server, with bounds on what is read. */
final class Exchanges {
    private Exchanges() {
    }

    /** A request body over the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("request body too large");
        }
    }

    /** The body as UTF-8, reading at most {@code limit} bytes. */
    static String body(HttpExchange exchange, int limit) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.length() > 10) {
            throw new TooLargeException();
        }
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw new TooLargeException();
            }
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** The value of cookie {@code name}, if the request carries it. */
    static Optional<String> cookie(HttpExchange exchange, String name) {
        for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
            for (String pair : header.split(";")) {
                String[] parts = pair.strip().split("=", 2);
                if (parts.length == 2 && parts[0].equals(name)) {
                    return Optional.of(parts[1]);
                }
            }
        }
        return Optional.empty();
    }

    static void json(HttpExchange exchange, int status, Map<String, ?> document) throws IOException {
        send(exchange, status, "application/json", JSONObjectUtils.toJSONString(document));
    }

    static void error(HttpExchange exchange, int status, String code, String message) throws IOException {
        json(exchange, status, Map.of("error", Map.of("code", code, "message", message)));
    }

    static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", contentType + "; charset=utf-8");
        headers.set("Cache-Control", "no-store");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
