/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.cli.Language;
import dev.mynacard.cli.Messages;
import dev.mynacard.core.pin.LastTry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The host's answers when the card cannot be reached, and to messages that are not login requests. */
class NativeHostTest {
    static final String CHALLENGE = "ARpNqPt2fC122aWMXf3uaDsAAAAAaxcOThbqD37fD3l23-28_oMIehvlJi7Nc-irUTlSlTkBEXEZ";
    private static final String PIN = "8642";

    private final AtomicInteger opened = new AtomicInteger();

    static String login(String pin) {
        return "{\"type\":\"login\",\"challenge\":\"" + CHALLENGE + "\",\"audience\":\"https://login.example.jp\","
                + "\"pin\":\"" + pin + "\"}";
    }

    /** The answers to {@code stream}, with a card opener that fails with {@code reason}. */
    private List<JsonNode> serve(byte[] stream, Reason reason) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new NativeHost(new ByteArrayInputStream(stream), out, () -> {
            opened.incrementAndGet();
            throw new TransportException(reason, "simulated " + reason);
        }, LastTry.REFUSE, Messages.of(Language.EN), Clock.systemUTC(), false).serve();
        byte[] answers = out.toByteArray();
        assertFalse(new String(answers, StandardCharsets.UTF_8).contains(PIN), "an answer holds the PIN");
        List<JsonNode> parsed = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(answers).order(ByteOrder.nativeOrder());
        while (buffer.hasRemaining()) {
            byte[] message = new byte[buffer.getInt()];
            buffer.get(message);
            parsed.add(new ObjectMapper().readTree(message));
        }
        return parsed;
    }

    private static byte[] frames(String... messages) throws IOException {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        for (String message : messages) {
            stream.write(NativeMessageFramingTest.frame(message));
        }
        return stream.toByteArray();
    }

    @Test
    void eachWayTheCardCannotBeReachedHasItsCode() throws IOException {
        Map<Reason, String> codes = Map.of(Reason.NO_READER, "no-reader", Reason.NO_CARD, "no-card",
                Reason.TIMEOUT, "timeout", Reason.NO_SERVICE, "no-pcsc-service", Reason.READER_IN_USE, "reader-in-use");
        for (var expected : codes.entrySet()) {
            List<JsonNode> answers = serve(frames(login(PIN)), expected.getKey());
            assertEquals(1, answers.size());
            assertEquals("error", answers.get(0).get("type").asText());
            assertEquals(expected.getValue(), answers.get(0).get("code").asText(), answers.get(0).toString());
            assertFalse(answers.get(0).get("message").asText().isBlank());
        }
    }

    @Test
    void messagesThatAreNotLoginRequestsAreAnsweredWithoutOpeningTheCard() throws IOException {
        List<JsonNode> answers = serve(frames("not json", "[1,2]", "{\"type\":\"login\"}", "{\"type\":\"sign\","
                        + login(PIN).substring(16), login(PIN).replace(CHALLENGE, "short"),
                login(PIN).replace("https://login.example.jp", "http://evil.example"),
                login(PIN).replace("https://login.example.jp", "https://login.example.jp/path"),
                "{\"pin\":{\"nested\":[" + "[".repeat(10) + "]}}", "{} {}"),
                Reason.NO_CARD);
        assertEquals(9, answers.size());
        for (JsonNode answer : answers) {
            assertEquals("malformed-message", answer.get("code").asText(), answer.toString());
        }
        assertEquals(0, opened.get());
    }

    @Test
    void aPinOfTheWrongFormatIsAnsweredWithoutOpeningTheCard() throws IOException {
        for (String pin : new String[] {"12", "12345", "abcd", ""}) {
            List<JsonNode> answers = serve(frames(login(pin)), Reason.NO_CARD);
            assertEquals("pin-format", answers.get(0).get("code").asText(), pin);
        }
        assertEquals(0, opened.get());
    }

    @Test
    void aBrokenFrameIsAnsweredOnceAndEndsTheSession() throws IOException {
        byte[] oversize = ByteBuffer.allocate(4).order(ByteOrder.nativeOrder())
                .putInt(NativeMessageFraming.MAX_MESSAGE_BYTES + 1).array();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        stream.write(oversize);
        stream.write(frames(login(PIN)));
        List<JsonNode> answers = serve(stream.toByteArray(), Reason.NO_CARD);
        assertEquals(1, answers.size(), "nothing after a broken frame is read");
        assertEquals("malformed-message", answers.get(0).get("code").asText());

        byte[] partial = frames(login(PIN));
        answers = serve(Arrays.copyOf(partial, partial.length - 5), Reason.NO_CARD);
        assertEquals(List.of("malformed-message"), answers.stream().map(answer -> answer.get("code").asText()).toList());
        assertEquals(0, opened.get());
    }
}
