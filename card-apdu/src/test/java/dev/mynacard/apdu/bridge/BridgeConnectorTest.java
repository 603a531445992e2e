/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.apdu.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.Hex;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The app's listen mode, played by a server socket that opens only once "a card is held to the phone". */
class BridgeConnectorTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private final List<BridgeEvent> events = new CopyOnWriteArrayList<>();

    @Test
    void keepsConnectingUntilThePhoneListensThenCarriesApdus() throws Exception {
        int port = freePort();
        CompletableFuture<FakePhone> phone = CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep(600); // the card comes later: until then the port is closed
                try (ServerSocket app = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    FakePhone accepted = FakePhone.accepted(app.accept());
                    accepted.answerHandshake(FakePhone.ATR);
                    return accepted;
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        try (BridgeTransport card = BridgeConnector.connect(new BridgeAddress("127.0.0.1", port), BridgeOptions.defaults(),
                WAIT, events::add)) {
            assertArrayEquals(FakePhone.ATR, card.atr());
            FakePhone app = phone.get(5, TimeUnit.SECONDS);
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return card.exchange(Hex.bytes("00 A4 04 0C 02 D3 92"));
                } catch (TransportException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertArrayEquals(Hex.bytes("00 A4 04 0C 02 D3 92"), app.readFrame());
            app.sendFrame(Hex.bytes("6A 82"));
            assertArrayEquals(Hex.bytes("6A 82"), answer.get(5, TimeUnit.SECONDS));
            app.close();
        }
        assertEquals(List.of(BridgeEvent.Connecting.class, BridgeEvent.PhoneConnected.class, BridgeEvent.CardPresent.class),
                events.stream().map(Object::getClass).toList());
    }

    @Test
    void aPhoneThatNeverListensIsNoCardAfterTheTimeout() throws Exception {
        int port = freePort();
        long start = System.nanoTime();
        TransportException e = assertThrows(TransportException.class, () -> BridgeConnector.connect(
                new BridgeAddress("127.0.0.1", port), BridgeOptions.defaults(), Duration.ofMillis(700), events::add));
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(Reason.NO_CARD, e.reason());
        assertTrue(e.getMessage().matches("the phone at vpcd://127\\.0\\.0\\.1:" + port + " did not present a card within 700 ms"
                + " \\(last attempt: (Connection refused|SocketTimeoutException)\\); is the app in listen mode on this address"
                + " and port, and the card held to the phone\\?"), e.getMessage());
        assertTrue(took.compareTo(Duration.ofMillis(700)) >= 0 && took.compareTo(Duration.ofSeconds(2)) < 0, took.toString());
    }

    @Test
    void aPhoneThatClosesBeforeTheAtrIsTriedAgain() throws Exception {
        try (ServerSocket app = new ServerSocket(0, 2, InetAddress.getLoopbackAddress())) {
            CompletableFuture<Void> phone = CompletableFuture.runAsync(() -> {
                try {
                    try (Socket slipped = app.accept()) {
                        slipped.getInputStream().read(); // the card slipped away: the app closes
                    }
                    FakePhone.accepted(app.accept()).answerHandshake(FakePhone.ATR);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            try (BridgeTransport card = BridgeConnector.connect(new BridgeAddress("127.0.0.1", app.getLocalPort()),
                    BridgeOptions.defaults(), WAIT, events::add)) {
                assertArrayEquals(FakePhone.ATR, card.atr());
            }
            phone.get(5, TimeUnit.SECONDS);
        }
        assertTrue(events.stream().anyMatch(BridgeEvent.PhoneLeft.class::isInstance), events.toString());
    }

    @Test
    void anUnknownHostIsNotRetried() {
        TransportException e = assertThrows(TransportException.class, () -> BridgeConnector.connect(
                new BridgeAddress("no-such-phone.invalid", 35963), BridgeOptions.defaults(), WAIT, events::add));
        assertEquals(Reason.READER_NOT_FOUND, e.reason());
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
