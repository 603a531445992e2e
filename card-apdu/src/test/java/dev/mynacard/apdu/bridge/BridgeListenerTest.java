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
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The listener with well-behaved fake phones: waiting, the handshake, one phone at a time, closing. */
class BridgeListenerTest {
    private static final byte[] GET_CHALLENGE = Hex.bytes("00 84 00 00 08");
    private static final byte[] CHALLENGE_ANSWER = Hex.bytes("01 02 03 04 05 06 07 08 90 00");

    private PhoneBench bench;

    @BeforeEach
    void open() throws Exception {
        bench = PhoneBench.open(BridgeOptions.defaults());
    }

    @AfterEach
    void close() throws Exception {
        bench.close();
    }

    @Test
    void aPhoneWithACardBecomesATransportThatCarriesApdus() throws Exception {
        FakePhone phone = bench.connectPhone();
        BridgeTransport card = bench.insert(phone);

        assertArrayEquals(FakePhone.ATR, card.atr());
        assertFalse(card.supportsExtendedLength(), "phones are taken for short APDUs unless configured");
        Future<byte[]> answer = bench.exchange(card, GET_CHALLENGE);
        assertArrayEquals(GET_CHALLENGE, phone.readFrame(), "the command goes to the phone as one frame, unchanged");
        phone.sendFrame(CHALLENGE_ANSWER);
        assertArrayEquals(CHALLENGE_ANSWER, get(answer));

        List<Class<?>> kinds = bench.events.stream().<Class<?>>map(Object::getClass).toList();
        assertEquals(List.of(BridgeEvent.Listening.class, BridgeEvent.PhoneConnected.class, BridgeEvent.CardPresent.class), kinds);
        assertEquals("listening on " + bench.listener.address().uri()
                + ": hold the card to the phone running the Remote Smart Card Reader app", bench.events.get(0).message());
        assertEquals("card present (ATR 3B 88 80 01 00 00 00 00 77 81 80 00 76)", bench.events.get(2).message());
    }

    @Test
    void extendedLengthIsWhatTheOptionsSay() throws Exception {
        try (PhoneBench extended = PhoneBench.open(BridgeOptions.defaults().withExtendedLength(true))) {
            assertTrue(extended.insert(extended.connectPhone()).supportsExtendedLength());
        }
    }

    @Test
    void theAddressForTheAppIsAVpcdUriWithTheActualPort() {
        BridgeAddress address = bench.listener.address();
        assertTrue(address.port() > 0);
        assertEquals("vpcd://127.0.0.1:" + address.port(), address.uri());
        assertTrue(bench.listener.isLoopback());
        assertEquals(List.of(address), bench.listener.addressesForPhone());
    }

    @Test
    void listeningOnEveryInterfaceIsNotLoopbackAndOffersTheLocalAddresses() throws Exception {
        try (BridgeListener everywhere = BridgeListener.open(new BridgeAddress("0.0.0.0", 0), BridgeOptions.defaults())) {
            assertFalse(everywhere.isLoopback());
            assertTrue(everywhere.address().isWildcard());
            assertEquals(BridgeAddress.localCandidates(everywhere.address().port()), everywhere.addressesForPhone());
            assertEquals("listening on every interface, port " + everywhere.address().port()
                    + ": hold the card to the phone running the Remote Smart Card Reader app",
                    new BridgeEvent.Listening(everywhere.address()).message());
        }
    }

    @Test
    void aSecondPhoneIsClosedAtOnceWhileTheFirstIsConnected() throws Exception {
        FakePhone first = bench.connectPhone();
        BridgeTransport card = bench.insert(first);

        FakePhone second = bench.connectPhone();
        assertArrayEquals(new byte[0], second.readUntilClosed(WAIT), "the second phone is disconnected, not left hanging");
        bench.awaitEvent(BridgeEvent.PhoneRefused.class);
        assertTrue(bench.events.stream().filter(BridgeEvent.PhoneRefused.class::isInstance).findFirst().orElseThrow().message()
                .matches("refused a second phone from 127\\.0\\.0\\.1:\\d+ \\(one phone at a time\\)"));

        Future<byte[]> answer = bench.exchange(card, GET_CHALLENGE);
        assertArrayEquals(GET_CHALLENGE, first.readFrame());
        first.sendFrame(CHALLENGE_ANSWER);
        assertArrayEquals(CHALLENGE_ANSWER, get(answer), "the first phone is undisturbed");
    }

    @Test
    void aSecondPhoneIsRefusedEvenBeforeTheFirstIsHandedOut() throws Exception {
        FakePhone first = bench.connectPhone();
        FakePhone second = bench.connectPhone();
        assertArrayEquals(new byte[0], second.readUntilClosed(WAIT));
        BridgeTransport card = bench.insert(first);
        assertTrue(card.isOpen());
    }

    @Test
    void theNextPhoneIsAdmittedOnceTheTransportIsClosed() throws Exception {
        FakePhone first = bench.connectPhone();
        bench.insert(first).close();
        assertArrayEquals(new byte[] {0x00, 0x01, 0x00}, first.readUntilClosed(WAIT), "a clean close powers the card down");

        FakePhone next = bench.connectPhone();
        BridgeTransport card = bench.insert(next);
        assertTrue(card.isOpen());
    }

    @Test
    void aPhoneThatLeavesBeforeItsCardAnswersIsWaitedForAgain() throws Exception {
        Future<BridgeTransport> card = bench.awaitCard(WAIT);
        FakePhone slipped = bench.connectPhone();
        assertArrayEquals(new byte[] {0x01}, slipped.readFrame());
        slipped.close();
        bench.awaitEvent(BridgeEvent.PhoneLeft.class);

        FakePhone again = bench.connectPhone();
        again.answerHandshake(FakePhone.ATR);
        assertArrayEquals(FakePhone.ATR, get(card).atr());
    }

    @Test
    void noPhoneWithinTheTimeoutIsNoCard() {
        long start = System.nanoTime();
        TransportException e = assertThrows(TransportException.class, () -> get(bench.awaitCard(Duration.ofMillis(300))));
        assertEquals(Reason.NO_CARD, e.reason());
        assertEquals("no phone brought a card to " + bench.listener.address().uri() + " within 300 ms", e.getMessage());
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0);
    }

    @Test
    void aPhoneThatConnectsButSendsNoAtrIsATimeout() throws Exception {
        try (PhoneBench quick = PhoneBench.open(BridgeOptions.defaults().withApduTimeout(Duration.ofMillis(300)))) {
            Future<BridgeTransport> card = quick.awaitCard(WAIT);
            FakePhone mute = quick.connectPhone();
            TransportException e = assertThrows(TransportException.class, () -> get(card));
            assertEquals(Reason.TIMEOUT, e.reason());
            assertTrue(e.getMessage().endsWith("connected but its card did not answer: the phone did not send the card's ATR within 300 ms"),
                    e.getMessage());
            assertArrayEquals(Hex.bytes("0001 01 0001 04"), mute.readUntilClosed(WAIT), "power on, get ATR, then closed");
        }
    }

    @Test
    void waitingForASecondCardWhileTheFirstIsOpenIsAProgrammingError() throws Exception {
        bench.insert(bench.connectPhone());
        assertThrows(IllegalStateException.class, () -> bench.listener.awaitCard(WAIT, ProgressListener.NONE));
    }

    @Test
    void closingTheListenerEndsAWait() throws Exception {
        Future<BridgeTransport> card = bench.awaitCard(WAIT);
        bench.awaitEvent(BridgeEvent.Listening.class);
        bench.listener.close();
        TransportException e = assertThrows(TransportException.class, () -> get(card));
        assertEquals(Reason.CLOSED, e.reason());
        assertEquals(Reason.CLOSED, assertThrows(TransportException.class,
                () -> bench.listener.awaitCard(WAIT, ProgressListener.NONE)).reason());
    }

    @Test
    void aTakenPortIsReportedAsUnavailable() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            TransportException e = assertThrows(TransportException.class,
                    () -> BridgeListener.open(new BridgeAddress("127.0.0.1", taken.getLocalPort()), BridgeOptions.defaults()));
            assertEquals(Reason.READER_UNAVAILABLE, e.reason());
            assertTrue(e.getMessage().startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + " ("), e.getMessage());
        }
    }

    @Test
    void anUnknownHostIsReportedAsSuch() {
        TransportException e = assertThrows(TransportException.class,
                () -> BridgeListener.open(new BridgeAddress("no-such-host.invalid", 0), BridgeOptions.defaults()));
        assertEquals(Reason.READER_NOT_FOUND, e.reason());
    }
}
