/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.Hex;
import dev.mynacard.apdu.ResponseApdu;
import dev.mynacard.apdu.ScriptedTransport;
import dev.mynacard.apdu.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetResponseTransportTest {
    private static final byte[] READ = Hex.bytes("00 B0 00 00 00");

    @Test
    void passesOtherStatusWordsThrough() throws IOException {
        ScriptedTransport card = ScriptedTransport.answering("01 02 90 00");
        assertArrayEquals(Hex.bytes("01 02 90 00"), new GetResponseTransport(card).exchange(READ));
        assertEquals(1, card.sent().size());
    }

    @Test
    void concatenatesTheChainUntilTheLastStatusWord() throws IOException {
        byte[] full = new byte[256];
        Arrays.fill(full, (byte) 0x5A);
        ScriptedTransport card = ScriptedTransport.answering(
                "01 02 61 03",
                "03 04 05 61 00",
                Hex.text(full) + " 90 00");
        ResponseApdu response = new GetResponseTransport(card).transmit(CommandApdu.decode(READ));

        assertEquals(List.of("00 B0 00 00 00", "00 C0 00 00 03", "00 C0 00 00 00"), card.sent());
        assertEquals(0x9000, response.sw());
        assertEquals(5 + 256, response.dataLength());
        assertEquals("01 02 03 04 05 5A", Hex.text(Arrays.copyOf(response.data(), 6)));
    }

    @Test
    void endsWithTheStatusWordOfTheLastResponse() throws IOException {
        ScriptedTransport card = ScriptedTransport.answering("61 02", "AA BB 62 82");
        assertArrayEquals(Hex.bytes("AA BB 62 82"), new GetResponseTransport(card).exchange(READ));
    }

    @Test
    void usesClaZeroEvenForAProprietaryCommand() throws IOException {
        ScriptedTransport card = ScriptedTransport.answering("61 10", "90 00");
        new GetResponseTransport(card).exchange(Hex.bytes("80 2A 00 80 01 AA 00"));
        assertEquals("00 C0 00 00 10", card.sent().get(1));
    }

    @Test
    void givesUpOnEndless61xxWithoutData() {
        ScriptedTransport card = new ScriptedTransport(command -> Hex.bytes("61 00"));
        TransportException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(TransportException.class, () -> new GetResponseTransport(card).exchange(READ)));
        assertEquals(TransportException.Reason.PROTOCOL, e.reason());
        assertTrue(e.getMessage().contains(GetResponseTransport.DEFAULT_MAX_ROUNDS + " GET RESPONSE"), e.getMessage());
        assertEquals(1 + GetResponseTransport.DEFAULT_MAX_ROUNDS, card.sent().size());
    }

    @Test
    void givesUpOnEndless61xxWithData() {
        byte[] chunk = Arrays.copyOf(new byte[256], 258);
        chunk[256] = 0x61;
        ScriptedTransport card = new ScriptedTransport(command -> chunk);
        TransportException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(TransportException.class, () -> new GetResponseTransport(card).exchange(READ)));
        assertEquals(TransportException.Reason.PROTOCOL, e.reason());
        assertTrue(card.sent().size() <= GetResponseTransport.DEFAULT_MAX_LENGTH / 256 + 1, "sent " + card.sent().size());
    }

    @Test
    void honoursConfiguredRoundLimit() throws IOException {
        ScriptedTransport card = new ScriptedTransport(command -> Hex.bytes("01 61 01"));
        assertThrows(TransportException.class, () -> new GetResponseTransport(card, 100, 3).exchange(READ));
        assertEquals(4, card.sent().size());

        ScriptedTransport exactlyEnough = ScriptedTransport.answering("01 61 01", "02 61 01", "03 61 01", "04 90 00");
        assertArrayEquals(Hex.bytes("01 02 03 04 90 00"), new GetResponseTransport(exactlyEnough, 100, 3).exchange(READ));
    }

    @Test
    void honoursConfiguredLengthLimit() throws IOException {
        assertArrayEquals(Hex.bytes("01 02 03 04 90 00"), new GetResponseTransport(
                ScriptedTransport.answering("01 02 61 02", "03 04 90 00"), 4, 10).exchange(READ));
        ScriptedTransport card = ScriptedTransport.answering("01 02 61 03", "03 04 05 90 00");
        TransportException e = assertThrows(TransportException.class,
                () -> new GetResponseTransport(card, 4, 10).exchange(READ));
        assertTrue(e.getMessage().contains("exceeds 4 bytes"), e.getMessage());
    }

    @Test
    void rejectsAGetResponseAnswerWithoutStatusWord() {
        ScriptedTransport card = ScriptedTransport.answering("61 02", "90");
        TransportException e = assertThrows(TransportException.class, () -> new GetResponseTransport(card).exchange(READ));
        assertEquals(TransportException.Reason.PROTOCOL, e.reason());
    }

    @Test
    void rejectsNonPositiveLimits() {
        ScriptedTransport card = ScriptedTransport.answering();
        assertThrows(IllegalArgumentException.class, () -> new GetResponseTransport(card, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new GetResponseTransport(card, 1, 0));
    }
}
