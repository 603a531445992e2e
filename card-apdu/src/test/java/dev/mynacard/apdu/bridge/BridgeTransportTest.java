/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import static dev.mynacard.apdu.bridge.PhoneBench.WAIT;
import static dev.mynacard.apdu.bridge.PhoneBench.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.Hex;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connected phone that goes silent, loses the card or is closed mid-command: a clear reason in
 * bounded time, the connection closed, and the command never sent a second time.
 */
class BridgeTransportTest {
    private static final Duration APDU_TIMEOUT = Duration.ofMillis(400);
    /** VERIFY of the JPKI auth PIN: the kind of command that must never be repeated. */
    private static final byte[] VERIFY = Hex.bytes("00 20 00 98 04 31 32 33 34");
    private static final byte[] SIGN = Hex.bytes("80 2A 00 97 03 AA BB CC 00");

    private PhoneBench bench;
    private FakePhone phone;
    private BridgeTransport card;

    @BeforeEach
    void insertCard() throws Exception {
        bench = PhoneBench.open(BridgeOptions.defaults().withApduTimeout(APDU_TIMEOUT));
        phone = bench.connectPhone();
        card = bench.insert(phone);
    }

    @AfterEach
    void close() throws Exception {
        bench.close();
    }

    @Test
    void aSilentPhoneIsATimeoutAndTheCommandIsNotRepeated() throws Exception {
        long start = System.nanoTime();
        Future<byte[]> answer = bench.exchange(card, VERIFY);
        assertArrayEquals(VERIFY, phone.readFrame());
        TransportException e = assertThrows(TransportException.class, () -> get(answer));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals("the phone did not send an answer within 400 ms; the connection to the phone is closed"
                + " and the command is not sent again", e.getMessage());
        assertTrue(took.compareTo(APDU_TIMEOUT) >= 0 && took.compareTo(Duration.ofSeconds(3)) < 0, took.toString());
        assertArrayEquals(new byte[0], phone.readUntilClosed(WAIT),
                "closed, so that a late answer cannot be taken for the next one, and nothing sent again");
        assertFalse(card.isOpen());
        assertLaterCommandsFail(Reason.TIMEOUT);
    }

    @Test
    void aLateAnswerIsNeverTakenForTheNextCommand() throws Exception {
        Future<byte[]> answer = bench.exchange(card, VERIFY);
        phone.readFrame();
        assertEquals(Reason.TIMEOUT, assertThrows(TransportException.class, () -> get(answer)).reason());
        phone.sendFrame(Hex.bytes("90 00")); // the VERIFY's answer, too late
        assertEquals(Reason.TIMEOUT, assertThrows(TransportException.class, () -> card.exchange(SIGN)).reason());
    }

    @Test
    void aPhoneThatDropsTheConnectionMeansTheCardWasLost() throws Exception {
        Future<byte[]> answer = bench.exchange(card, SIGN);
        assertArrayEquals(SIGN, phone.readFrame());
        phone.close(); // what the app does when transceive fails: the card left the field

        TransportException e = assertThrows(TransportException.class, () -> get(answer));
        assertEquals(Reason.CARD_REMOVED, e.reason());
        assertTrue(e.getMessage().startsWith("the phone closed the connection instead of sending an answer"), e.getMessage());
        assertLaterCommandsFail(Reason.CARD_REMOVED);
    }

    @Test
    void aPhoneThatLeftWhileIdleIsFoundOnTheNextCommand() throws Exception {
        phone.close();
        TransportException e = assertThrows(TransportException.class, () -> card.exchange(VERIFY));
        assertEquals(Reason.CARD_REMOVED, e.reason());
    }

    @Test
    void closingFromAnotherThreadEndsABlockedExchange() throws Exception {
        try (PhoneBench patient = PhoneBench.open(BridgeOptions.defaults().withApduTimeout(Duration.ofSeconds(30)))) {
            FakePhone slow = patient.connectPhone();
            BridgeTransport slowCard = patient.insert(slow);
            Future<byte[]> answer = patient.exchange(slowCard, SIGN);
            assertArrayEquals(SIGN, slow.readFrame());
            long start = System.nanoTime();
            slowCard.close();

            TransportException e = assertThrows(TransportException.class, () -> get(answer));
            assertEquals(Reason.CLOSED, e.reason());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0);
            assertArrayEquals(new byte[0], slow.readUntilClosed(WAIT), "no power-off in the middle of a command: just closed");
            assertEquals(Reason.CLOSED, assertThrows(TransportException.class, () -> slowCard.exchange(VERIFY)).reason());
        }
    }

    @Test
    void aCommandTooShortToBeAnApduIsRefusedWithoutBreakingTheConnection() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> card.exchange(new byte[] {0x01}));
        assertThrows(IllegalArgumentException.class, () -> card.exchange(new byte[65536]));
        assertTrue(phone.receivesNothing(Duration.ofMillis(100)), "a 1-byte frame would be a control to the phone");
        Future<byte[]> answer = bench.exchange(card, VERIFY);
        phone.readFrame();
        phone.sendFrame(Hex.bytes("63 C2"));
        assertArrayEquals(Hex.bytes("63 C2"), get(answer));
    }

    @Test
    void theLargestFrameIsAnAnswerLikeAnyOther() throws Exception {
        byte[] big = new byte[65535];
        Arrays.fill(big, (byte) 0x5A);
        big[65533] = (byte) 0x90;
        big[65534] = 0x00;
        Future<byte[]> answer = bench.exchange(card, Hex.bytes("00 B0 00 00 00 00 00"));
        phone.readFrame();
        phone.sendFrame(big);
        assertArrayEquals(big, get(answer));
    }

    /** After a failure every call fails the same way (the connection is closed: nothing can reach the phone). */
    private void assertLaterCommandsFail(Reason reason) {
        for (byte[] command : new byte[][] {VERIFY, SIGN}) {
            TransportException e = assertThrows(TransportException.class, () -> card.exchange(command));
            assertEquals(reason, e.reason());
            assertTrue(e.getMessage().startsWith("the connection to the phone ended after an earlier failure ("), e.getMessage());
        }
    }
}
