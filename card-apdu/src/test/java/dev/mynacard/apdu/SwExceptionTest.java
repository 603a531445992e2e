/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SwExceptionTest {

    @Test
    void wrongPinCarriesTriesLeft() {
        WrongPinException e = assertInstanceOf(WrongPinException.class, SwException.of(0x63C2));
        assertEquals(OptionalInt.of(2), e.triesLeft());
        assertEquals(0x63C2, e.sw());
        assertEquals("63C2: wrong PIN, 2 tries left", e.getMessage());
        assertEquals("63C1: wrong PIN, 1 try left", SwException.of(0x63C1).getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0x63C0, 0x6983, 0x6984})
    void noTriesLeftMeansBlocked(int sw) {
        SwException e = assertInstanceOf(PinBlockedException.class, SwException.of(sw));
        assertEquals(sw, e.sw());
    }

    @Test
    void verificationFailedWithoutACountIsAWrongPinWithNoTriesLeftGiven() {
        WrongPinException e = assertInstanceOf(WrongPinException.class, SwException.of(0x6300));
        assertEquals(OptionalInt.empty(), e.triesLeft());
        assertEquals("6300: wrong PIN (the card keeps no count of tries for it)", e.getMessage());
    }

    @Test
    void typedExceptionsForTheWordsTheLibraryReactsTo() {
        assertInstanceOf(SecurityStatusException.class, SwException.of(0x6982));
        assertInstanceOf(NotFoundException.class, SwException.of(0x6A82));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x6700, 0x6A86, 0x6B00, 0x6F12, 0x9000})
    void otherWordsGiveThePlainException(int sw) {
        SwException e = SwException.of(sw);
        assertSame(SwException.class, e.getClass());
        assertEquals(StatusWord.describe(sw), e.getMessage());
    }

    @Test
    void checkAcceptsOnly9000ByDefault() throws SwException {
        ResponseApdu ok = ResponseApdu.of(new byte[] {1}, 0x9000);
        assertSame(ok, SwException.check(ok));
        assertInstanceOf(NotFoundException.class,
                assertThrows(SwException.class, () -> SwException.check(ResponseApdu.of(0x6A82))));
        assertThrows(SwException.class, () -> SwException.check(ResponseApdu.of(0x6282)));
    }

    @Test
    void checkAcceptsExactlyTheAllowedWords() throws SwException {
        ResponseApdu retries = ResponseApdu.of(0x63C3);
        assertSame(retries, SwException.check(retries, 0x9000, 0x63C3));
        WrongPinException e = assertThrows(WrongPinException.class,
                () -> SwException.check(ResponseApdu.of(0x63C2), 0x9000, 0x63C3));
        assertEquals(OptionalInt.of(2), e.triesLeft());
        // An allowed list replaces the default: 9000 is not implied.
        SwException success = assertThrows(SwException.class,
                () -> SwException.check(ResponseApdu.of(0x9000), 0x6282));
        assertEquals(0x9000, success.sw());
    }

    @Test
    void isACardIoException() {
        assertTrue(SwException.of(0x6A82) instanceof CardIoException);
    }
}
