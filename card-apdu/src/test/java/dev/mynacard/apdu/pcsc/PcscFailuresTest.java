/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.pcsc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PcscFailuresTest {

    /** What the JDK throws: a CardException whose cause is a PCSCException named after the code. */
    private static CardException jdkStyle(String wrapperMessage, String code) {
        return new CardException(wrapperMessage, new Exception(code));
    }

    @ParameterizedTest
    @CsvSource({
            "SCARD_E_NO_SERVICE, NO_SERVICE",
            "SCARD_E_SERVICE_STOPPED, NO_SERVICE",
            "SCARD_F_COMM_ERROR, NO_SERVICE",
            "SCARD_E_NO_READERS_AVAILABLE, NO_READER",
            "SCARD_E_NO_SMARTCARD, NO_CARD",
            "SCARD_W_REMOVED_CARD, CARD_REMOVED",
            "SCARD_E_NOT_TRANSACTED, CARD_REMOVED",
            "SCARD_W_RESET_CARD, CARD_REMOVED",
            "SCARD_E_SHARING_VIOLATION, READER_IN_USE",
            "SCARD_E_READER_UNAVAILABLE, READER_UNAVAILABLE",
            "SCARD_E_UNKNOWN_READER, READER_UNAVAILABLE",
            "SCARD_E_TIMEOUT, TIMEOUT",
            "SCARD_E_PROTO_MISMATCH, PROTOCOL",
            "SCARD_E_INSUFFICIENT_BUFFER, PROTOCOL",
            "SCARD_W_UNRESPONSIVE_CARD, FAILED",
            "SCARD_E_INVALID_HANDLE, FAILED",
    })
    void mapsEachPcscCodeFoundInTheCause(String code, Reason expected) {
        CardException failure = jdkStyle("transmit() failed", code);

        TransportException mapped = PcscFailures.translate(failure, "transmit", "Reader A");

        assertEquals(expected, mapped.reason());
        assertTrue(mapped.getMessage().contains(code), mapped.getMessage());
        assertSame(failure, mapped.getCause());
    }

    @Test
    void findsTheCodeInTheWrapperMessageToo() {
        // ChannelImpl throws new CardException(pcscException): the message is the cause's toString().
        Exception cause = new Exception("SCARD_W_REMOVED_CARD");
        CardException failure = new CardException(cause.toString(), cause);

        assertEquals(Reason.CARD_REMOVED, PcscFailures.translate(failure, "transmit", "R").reason());
    }

    @Test
    void findsTheCodeDeepInTheChain() {
        Exception deep = new RuntimeException("outer", new CardException("list() failed",
                new Exception("SCARD_E_NO_READERS_AVAILABLE")));

        TransportException mapped = PcscFailures.translate(deep, "listing readers", null);

        assertEquals(Reason.NO_READER, mapped.reason());
        assertEquals("No smart-card reader is connected (SCARD_E_NO_READERS_AVAILABLE)", mapped.getMessage());
    }

    @Test
    void namesTheReaderAndTheAction() {
        TransportException mapped = PcscFailures.translate(jdkStyle("x", "SCARD_W_REMOVED_CARD"),
                "transmit", "Virtual PCD 00 00");

        assertEquals("The card was removed during transmit (reader 'Virtual PCD 00 00') (SCARD_W_REMOVED_CARD)",
                mapped.getMessage());
    }

    @Test
    void cardNotPresentWithoutCodeIsNoCard() {
        assertEquals(Reason.NO_CARD, PcscFailures.translate(new CardNotPresentException("No card present"),
                "connecting", "R").reason());
    }

    @Test
    void jdkStateErrorsWithoutCodeAreMappedByTheirWording() {
        assertEquals(Reason.CARD_REMOVED, PcscFailures.translate(
                new IllegalStateException("Card has been removed"), "transmit", "R").reason());
        assertEquals(Reason.CLOSED, PcscFailures.translate(
                new IllegalStateException("Card has been disconnected"), "transmit", "R").reason());
        assertEquals(Reason.PROTOCOL, PcscFailures.translate(
                new CardException("Extended length forms not supported for T=0"), "transmit", "R").reason());
    }

    @Test
    void anythingElseIsFailedAndKeepsTheOriginalMessage() {
        TransportException mapped = PcscFailures.translate(new CardException("something odd"), "transmit", "R");

        assertEquals(Reason.FAILED, mapped.reason());
        assertTrue(mapped.getMessage().endsWith("something odd"), mapped.getMessage());
    }

    @Test
    void toleratesCyclicAndMessagelessChains() {
        CardException messageless = new CardException((String) null);
        assertEquals(Reason.FAILED, PcscFailures.translate(messageless, "transmit", null).reason());
        assertTrue(PcscFailures.codeIn(new RuntimeException((String) null)).isEmpty());
    }

    @Test
    void theJdkAddsWhatOnlyItLacksToTheCommonMessage() {
        TransportException common = PcscFailures.forCode("SCARD_E_NO_SERVICE", null, "transmit", "R");
        TransportException jdk = PcscFailures.translate(jdkStyle("x", "SCARD_E_NO_SERVICE"), "transmit", "R");

        assertEquals("The PC/SC service is not running or was restarted during transmit (SCARD_E_NO_SERVICE):"
                + " start pcscd (Windows: the Smart Card service)", common.getMessage());
        assertEquals(common.getMessage() + "; javax.smartcardio cannot reconnect to a restarted service: if it was"
                + " restarted while this program ran, restart the program", jdk.getMessage());
        assertEquals(Reason.NO_SERVICE, jdk.reason());
        assertTrue(PcscFailures.translate(jdkStyle("x", "SCARD_E_INSUFFICIENT_BUFFER"), "transmit", "R")
                .getMessage().contains("8192 bytes"));
        assertFalse(PcscFailures.forCode("SCARD_E_INSUFFICIENT_BUFFER", null, "transmit", "R")
                .getMessage().contains("javax.smartcardio"));
    }

    @Test
    void aCancelledWaitIsClosedAndAnAnswerWithoutStatusWordIsCardRemoved() {
        TransportException cancelled = PcscFailures.forCode("SCARD_E_CANCELLED", null, "waiting for a card", "R");
        TransportException noAnswer = PcscFailures.noAnswer("R", 0);

        assertEquals(Reason.CLOSED, cancelled.reason());
        assertEquals("PC/SC waiting for a card (reader 'R') was cancelled (SCARD_E_CANCELLED)", cancelled.getMessage());
        assertEquals(Reason.CARD_REMOVED, noAnswer.reason());
        assertEquals("The card gave no answer to the command (reader 'R') (0 bytes instead of at least a status"
                + " word): it was removed or lost contact", noAnswer.getMessage());
    }
}
