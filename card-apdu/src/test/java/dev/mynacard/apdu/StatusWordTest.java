/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class StatusWordTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "9000 | 9000: success",
        "6A82 | 6A82: file or application not found",
        "63C2 | 63C2: 2 tries left",
        "63C1 | 63C1: 1 try left",
        "63C0 | 63C0: no tries left (PIN blocked)",
        "6105 | 6105: 5 more bytes available (GET RESPONSE)",
        "6100 | 6100: 256 more bytes available (GET RESPONSE)",
        "6C10 | 6C10: wrong Le; the card has 16 bytes",
        "6C00 | 6C00: wrong Le; the card has 256 bytes",
        "6300 | 6300: verification failed",
        "6F12 | 6F12: unknown status word",
    })
    void describes(String sw, String expected) {
        assertEquals(expected, StatusWord.describe(Integer.parseInt(sw, 16)));
    }

    @Test
    void retryCounterOnlyFor63Cx() {
        assertTrue(StatusWord.isRetryCounter(0x63C0));
        assertTrue(StatusWord.isRetryCounter(0x63CF));
        assertFalse(StatusWord.isRetryCounter(0x6300));
        assertFalse(StatusWord.isRetryCounter(0x9000));
        assertEquals(3, StatusWord.triesLeft(0x63C3));
        assertThrows(IllegalArgumentException.class, () -> StatusWord.triesLeft(0x6984));
    }

    @Test
    void looksUpNamedWords() {
        assertEquals(Optional.of(StatusWord.FILE_NOT_FOUND), StatusWord.of(0x6A82));
        assertEquals(Optional.empty(), StatusWord.of(0x6F12));
        assertEquals(0x9000, StatusWord.SUCCESS.code());
    }

    @Test
    void hexIsFourUpperCaseDigits() {
        assertEquals("6A82", StatusWord.hex(0x6A82));
        assertEquals("0001", StatusWord.hex(1));
    }
}
