/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.host;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.Failures;
import dev.mynacard.cli.Messages;
import dev.mynacard.cli.card.OpenCard;
import dev.mynacard.cli.output.Json;
import dev.mynacard.cli.pin.PinFailures;
import dev.mynacard.cli.view.PinStatusView;
import dev.mynacard.core.login.LoginClient;
import dev.mynacard.core.login.LoginFormat;
import dev.mynacard.core.login.LoginToken;
import dev.mynacard.core.pin.LastTry;
import dev.mynacard.core.pin.Pin;
import dev.mynacard.core.pin.PinFormatException;
import dev.mynacard.core.pin.PinKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;

/**
 * The native messaging host of the browser extension: answers login requests (see
 * {@link LoginRequest}) one at a time until the browser closes stdin, each with
 * {@code {"type":"token","token":…,"expiresAt":…}} or {@code {"type":"error","code":…,"message":…}}
 * ({@code "remaining"} added for a PIN the card refused or that was not sent). The codes are the
 * command line's error codes (wrong-pin, pin-blocked, last-try-refused, no-reader, no-card,
 * timeout, …) plus {@code malformed-message} and {@code pin-format}. Challenge, audience and PIN format are checked before
 * the card is opened; the last PIN try is refused unless the host was started with --allow-last-try.
 * The extension, not the page, sets the audience: the browser starts this host only for the
 * extension its manifest names.
 */
public final class NativeHost {
    /** Opens the card a request is signed with, the same way every command does. */
    @FunctionalInterface
    public interface CardOpener {
        OpenCard open() throws IOException;
    }

    public static final String MALFORMED_MESSAGE = "malformed-message";
    /** The PIN is not 4 digits: nothing was sent to the card. */
    public static final String PIN_FORMAT = "pin-format";

    private final InputStream in;
    private final OutputStream out;
    private final CardOpener cards;
    private final LastTry lastTry;
    private final Messages messages;
    private final Clock clock;
    private final boolean bridged;

    public NativeHost(InputStream in, OutputStream out, CardOpener cards, LastTry lastTry, Messages messages,
                      Clock clock, boolean bridged) {
        this.in = in;
        this.out = out;
        this.cards = cards;
        this.lastTry = lastTry;
        this.messages = messages;
        this.clock = clock;
        this.bridged = bridged;
    }

    /** Serves until the browser closes stdin, or until a frame cannot be read (answered, then stop). */
    public void serve() throws IOException {
        while (true) {
            Optional<byte[]> message;
            try {
                message = NativeMessageFraming.read(in);
            } catch (NativeMessageFraming.FrameException broken) {
                reply(error(MALFORMED_MESSAGE, broken.getMessage()));
                return;
            }
            if (message.isEmpty()) {
                return;
            }
            byte[] bytes = message.get();
            ObjectNode answer;
            try {
                answer = answer(bytes);
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
            reply(answer);
        }
    }

    private ObjectNode answer(byte[] message) {
        try (LoginRequest request = LoginRequest.parse(message)) {
            try {
                LoginFormat.requireChallenge(request.challenge());
                LoginFormat.requireAudience(request.audience());
            } catch (IllegalArgumentException malformed) {
                return error(MALFORMED_MESSAGE, malformed.getMessage());
            }
            return login(request);
        } catch (LoginRequest.MalformedRequestException malformed) {
            return error(MALFORMED_MESSAGE, malformed.getMessage());
        }
    }

    private ObjectNode login(LoginRequest request) {
        try (Pin pin = Pin.of(request.pin())) {
            try {
                PinKind.AUTH.format().check(pin);
            } catch (PinFormatException wrong) {
                return error(PIN_FORMAT, messages.get("error.pin-format-generic", wrong.getMessage()));
            }
            try (OpenCard card = cards.open()) {
                LoginToken token = PinFailures.guard(PinKind.AUTH, () -> new LoginClient(card.card(), clock)
                        .respond(request.challenge(), request.audience(), pin, lastTry));
                ObjectNode answer = Json.object().put("type", "token");
                return answer.put("token", token.token()).put("expiresAt", token.expiresAt().toString());
            }
        } catch (Exception failure) {
            CliException described = Failures.describe(failure, bridged);
            ObjectNode error = error(described.exitCode().code(), messages.get(described.text()));
            described.pin().ifPresent(status -> PinStatusView.putCounter(error, status));
            return error;
        }
    }

    private static ObjectNode error(String code, String message) {
        return Json.object().put("type", "error").put("code", code).put("message", message);
    }

    private void reply(ObjectNode answer) throws IOException {
        NativeMessageFraming.write(out, Json.write(answer).getBytes(StandardCharsets.UTF_8));
    }
}
