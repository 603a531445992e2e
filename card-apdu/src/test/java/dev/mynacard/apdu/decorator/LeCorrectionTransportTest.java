/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.apdu.Hex;
import dev.mynacard.apdu.ScriptedTransport;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeCorrectionTransportTest {

    @ParameterizedTest
    @CsvSource({
        "00 B0 00 00 00,          6C 10, 00 B0 00 00 10",
        "00 CA 01 01,             6C 00, 00 CA 01 01 00",
        "00 B0 00 00 00 00 00,    6C 20, 00 B0 00 00 20",
        "00 88 00 00 02 AA BB 00, 6C 08, 00 88 00 00 02 AA BB 08",
        "00 D6 00 00 01 AA,       6C 01, 00 D6 00 00 01 AA 01",
    })
    void resendsOnceWithTheLengthTheCardHas(String command, String wrongLe, String resent) throws IOException {
        ScriptedTransport card = ScriptedTransport.answering(wrongLe, "01 90 00");
        byte[] response = new LeCorrectionTransport(card).exchange(Hex.bytes(command));
        assertArrayEquals(Hex.bytes("01 90 00"), response);
        assertEquals(List.of(command, resent), card.sent());
    }

    @Test
    void returnsASecondWrongLeInsteadOfLooping() throws IOException {
        ScriptedTransport card = ScriptedTransport.answering("6C 10", "6C 08");
        assertArrayEquals(Hex.bytes("6C 08"), new LeCorrectionTransport(card).exchange(Hex.bytes("00 B0 00 00 00")));
        assertEquals(2, card.sent().size());
    }

    @ParameterizedTest
    @CsvSource({"00 B0 00", "00 D6 00 00 05 AA", "00 60 00 00 00"})
    void passesThroughWhenTheCommandDoesNotDecode(String malformed) throws IOException {
        ScriptedTransport card = ScriptedTransport.answering("6C 10");
        assertArrayEquals(Hex.bytes("6C 10"), new LeCorrectionTransport(card).exchange(Hex.bytes(malformed)));
        assertEquals(1, card.sent().size());
    }

    @Test
    void passesOtherStatusWordsThrough() throws IOException {
        ScriptedTransport card = ScriptedTransport.answering("61 10");
        assertArrayEquals(Hex.bytes("61 10"), new LeCorrectionTransport(card).exchange(Hex.bytes("00 B0 00 00 00")));
        assertEquals(1, card.sent().size());
    }

    @Test
    void worksInsideGetResponseAsDocumented() throws IOException {
        ScriptedTransport card = ScriptedTransport.answering("6C 04", "01 02 61 02", "6C 01", "03 90 00");
        byte[] response = new GetResponseTransport(new LeCorrectionTransport(card)).exchange(Hex.bytes("00 CA 01 01"));
        assertArrayEquals(Hex.bytes("01 02 03 90 00"), response);
        assertEquals(List.of("00 CA 01 01", "00 CA 01 01 04", "00 C0 00 00 02", "00 C0 00 00 01"), card.sent());
    }
}
