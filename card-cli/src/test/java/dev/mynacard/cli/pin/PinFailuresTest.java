/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.cli.pin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mynacard.apdu.SwException;
import dev.mynacard.cli.CliException;
import dev.mynacard.cli.ExitCode;
import dev.mynacard.cli.Language;
import dev.mynacard.cli.Messages;
import dev.mynacard.cli.output.Output;
import dev.mynacard.core.pin.PinKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A PIN refused by the card, as the user reads it: message, exit code and the JSON error's fields. */
class PinFailuresTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "63C2 | 2    | Wrong auth PIN (利用者証明用電子証明書の暗証番号). 2 tries left.",
        "63C1 | 1    | Wrong auth PIN (利用者証明用電子証明書の暗証番号). ONE try left: the next wrong PIN blocks it, so mynacard will send it only with --allow-last-try.",
        "6300 | null | Wrong auth PIN (利用者証明用電子証明書の暗証番号). The card keeps no count of tries for it, so it does not say how many are left.",
    })
    void aWrongPinSaysWhatTheCardToldOfTheTriesLeft(String sw, String remaining, String message) throws Exception {
        CliException failure = assertThrows(CliException.class, () -> PinFailures.guard(PinKind.AUTH, () -> {
            throw SwException.of(Integer.parseInt(sw, 16));
        }));
        assertEquals(ExitCode.WRONG_PIN, failure.exitCode());

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        assertEquals(5, output(text, false).fail(failure));
        assertEquals("mynacard: " + message + "\n", text.toString(StandardCharsets.UTF_8));

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        output(json, true).fail(failure);
        JsonNode error = JSON.readTree(json.toString(StandardCharsets.UTF_8)).get("error");
        assertEquals("wrong-pin", error.get("code").asText());
        assertEquals("auth", error.get("pin").asText());
        assertEquals(remaining, error.get("remaining").asText());
        assertEquals(3, error.get("max").asInt());
        assertEquals(message, error.get("message").asText());
    }

    /** Text failures go to stderr, JSON ones to stdout: both into {@code into}. */
    private static Output output(ByteArrayOutputStream into, boolean json) {
        PrintStream stream = new PrintStream(into, true, StandardCharsets.UTF_8);
        return new Output(stream, stream, Messages.of(Language.EN), json);
    }
}
