/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.host;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * What the extension's consent window sends: {@code {"type":"login","challenge":…,"audience":…,
 * "pin":…}}. The PIN is read straight from the parser's buffer into a char array of its own, never
 * into a String, and {@link #close()} wipes it; the caller wipes the message bytes.
 */
final class LoginRequest implements AutoCloseable {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** A message that is not a login request. */
    static final class MalformedRequestException extends Exception {
        MalformedRequestException(String message) {
            super(message);
        }
    }

    private String type;
    private String challenge;
    private String audience;
    private char[] pin;

    private LoginRequest() {
    }

    static LoginRequest parse(byte[] message) throws MalformedRequestException {
        LoginRequest request = new LoginRequest();
        try (JsonParser parser = JSON.createParser(message)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new MalformedRequestException("a message must be a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value.isStructStart()) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.VALUE_STRING) {
                    continue;
                }
                switch (field) {
                    case "type" -> request.type = parser.getText();
                    case "challenge" -> request.challenge = parser.getText();
                    case "audience" -> request.audience = parser.getText();
                    case "pin" -> request.pin = Arrays.copyOfRange(parser.getTextCharacters(),
                            parser.getTextOffset(), parser.getTextOffset() + parser.getTextLength());
                    default -> {
                        // other fields are ignored, as JSON messages usually are
                    }
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw new MalformedRequestException("a message must be one JSON object");
            }
        } catch (IOException notJson) {
            request.close();
            throw new MalformedRequestException("the message is not JSON");
        } catch (MalformedRequestException e) {
            request.close();
            throw e;
        }
        if (!"login".equals(request.type) || request.challenge == null || request.audience == null
                || request.pin == null) {
            request.close();
            throw new MalformedRequestException("expected {\"type\":\"login\",\"challenge\",\"audience\",\"pin\"}");
        }
        return request;
    }

    String challenge() {
        return challenge;
    }

    String audience() {
        return audience;
    }

    /** The PIN itself (no copy); wiped by {@link #close()}. */
    char[] pin() {
        return pin;
    }

    @Override
    public void close() {
        if (pin != null) {
            Arrays.fill(pin, '\0');
        }
    }
}
