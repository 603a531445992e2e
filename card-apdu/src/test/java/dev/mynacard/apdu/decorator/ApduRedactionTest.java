/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.decorator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApduRedactionTest {

    @ParameterizedTest
    @CsvSource({
        "00 20 00 80 04 31 32 33 34,    00 20 00 80",  // VERIFY
        "00 20 00 9B 04 31 32 33 34,    00 20 00 9B",  // VERIFY by SFI
        "00 21 00 80 03 01 01 31,       00 21 00 80",  // VERIFY, odd INS
        "00 24 01 80 04 35 36 37 38,    00 24 01 80",  // CHANGE REFERENCE DATA
        "00 2C 00 80 04 35 36 37 38,    00 2C 00 80",  // RESET RETRY COUNTER
        "80 32 00 80 04 35 36 37 38,    80 32 00 80",  // CHANGE KEY
        "00 20 00 80 00 00 04 31 32 33 34, 00 20 00 80", // extended VERIFY
        "00 20 00 80 04 31 32 33 34 00, 00 20 00 80",  // VERIFY with a Le
        "00 20 00 80 09 31 32,          00 20 00 80",  // malformed: Lc says 9
        "FF 20 00 80 04 31 32 33 34,    FF 20 00 80",  // CLA FF does not decode
    })
    void hidesEverythingAfterTheHeaderOfPinCommands(String command, String header) {
        assertTrue(ApduRedaction.redacts(Hex.bytes(command)));
        assertEquals(header + " <redacted>", ApduRedaction.format(Hex.bytes(command)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "00 20 00 80",                 // retry-counter query
        "00 20 00 80 00",              // VERIFY with only a Le
        "00 20 00 80 00 00 10",        // the same, extended
        "00 A4 04 0C 02 D3 92",        // SELECT
        "00 32 00 80 01 01",           // INS 32 with an interindustry CLA is not CHANGE KEY
        "00 20 00",                    // too short to be anything
    })
    void showsOtherCommandsAsIs(String command) {
        assertFalse(ApduRedaction.redacts(Hex.bytes(command)));
        assertEquals(command, ApduRedaction.format(Hex.bytes(command)));
    }

    @Test
    void recognisesSecretHeaders() {
        assertTrue(ApduRedaction.isSecretHeader(0x00, 0x20));
        assertTrue(ApduRedaction.isSecretHeader(0x80, 0x32));
        assertTrue(ApduRedaction.isSecretHeader(0x84, 0x32));
        assertFalse(ApduRedaction.isSecretHeader(0x00, 0x32));
        assertFalse(ApduRedaction.isSecretHeader(0x80, 0x2A));
        assertFalse(ApduRedaction.isSecretHeader(0x00, 0xB0));
    }

    @Test
    void redactedFormNeedsAFourByteHeader() {
        assertEquals("00 24 01 80 <redacted>", ApduRedaction.formatRedacted(Hex.bytes("00 24 01 80")));
        assertThrows(IllegalArgumentException.class, () -> ApduRedaction.formatRedacted(Hex.bytes("00 24 01")));
    }

    @Test
    void hexIsUpperCaseAndSpaced() {
        assertEquals("0A FF 00", ApduRedaction.hex(Hex.bytes("0aff00")));
        assertEquals("", ApduRedaction.hex(new byte[0]));
    }
}
