/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.bridge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.TransportException;
import dev.mynacard.apdu.TransportException.Reason;
import dev.mynacard.apdu.bridge.BridgeAddress;
import dev.mynacard.apdu.bridge.BridgeEvent;
import dev.mynacard.apdu.bridge.BridgeListener;
import dev.mynacard.apdu.bridge.BridgeOptions;
import dev.mynacard.apdu.bridge.BridgeTransport;
import dev.mynacard.apdu.vpcd.VpcdConnector;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import dev.mynacard.sim.host.CardHost;
import dev.mynacard.sim.host.PersistentCard;
import dev.mynacard.sim.interop.JpkiQueries;
import dev.mynacard.sim.issue.DefaultCard;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulated card in the phone's place: it connects to the bridge as the app does (the vpcd
 * card side, {@link VpcdConnector}), in this JVM, and real JPKI operations run through the
 * bridge's transport.
 */
class BridgeSimulatedPhoneTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration RECONNECT = Duration.ofMillis(50);

    @TempDir
    Path dir;

    private BridgeListener bridge;
    private final List<BridgeEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws Exception {
        bridge = BridgeListener.open(new BridgeAddress("127.0.0.1", 0), BridgeOptions.defaults());
    }

    @AfterEach
    void stop() {
        bridge.close();
    }

    private VpcdOptions phoneOptions() {
        return VpcdOptions.defaults().withAddress("127.0.0.1", bridge.address().port()).withReconnectDelay(RECONNECT);
    }

    private PersistentCard newCard(String name) throws Exception {
        return PersistentCard.open(dir.resolve(name), DefaultCard::image, warning -> {
            throw new AssertionError(warning);
        });
    }

    @Test
    void jpkiOperationsRunThroughTheBridge() throws Exception {
        try (CardHost phone = CardHost.start(newCard("card.json"), phoneOptions(), line -> { });
             BridgeTransport card = bridge.awaitCard(WAIT, events::add)) {
            assertArrayEquals(phone.card().atr(), card.atr());
            assertTrue(events.get(events.size() - 1) instanceof BridgeEvent.CardPresent, events.toString());

            JpkiQueries.selectJpki(card);
            assertEquals(0x63C3, card.transmit(CommandApdu.of(0x00, 0x20, 0x00, JpkiQueries.AUTH_PIN)).sw(),
                    "empty VERIFY: three tries left");
            X509Certificate certificate = JpkiOverBridge.readAuthCertificate(card);
            assertTrue(certificate.getSubjectX500Principal().getName().endsWith("C=JP"), certificate.getSubjectX500Principal().getName());
            JpkiOverBridge.assertSignatureVerifies(card);
        }
    }

    @Test
    void aSecondPhoneIsRefusedWhileTheFirstIsConnectedAndAdmittedAfterIt() throws Exception {
        CardHost first = CardHost.start(newCard("first.json"), phoneOptions(), line -> { });
        try (CardHost second = CardHost.start(newCard("second.json"), phoneOptions(), line -> { })) {
            BridgeTransport firstCard = bridge.awaitCard(WAIT, events::add);
            awaitRefusals(2);
            assertEquals(0x63C2, JpkiQueries.verify(firstCard, JpkiQueries.AUTH_PIN, "9999"),
                    "the phone that came first is undisturbed by the refused one");

            first.close(); // this card leaves, so it cannot be the one admitted next
            firstCard.close();
            try (BridgeTransport secondCard = bridge.awaitCard(WAIT, events::add)) {
                assertEquals(3, JpkiQueries.triesLeft(secondCard, JpkiQueries.AUTH_PIN), "another card: its counter is full");
            }
        } finally {
            first.close();
        }
    }

    @Test
    void aPhoneThatDoesNotAnswerInTimeIsNeverSentTheCommandAgain() throws Exception {
        RecordingCard slowVerify = new RecordingCard(newCard("card.json"),
                apdu -> apdu[1] == 0x20 && apdu.length > 4, Duration.ofMillis(1500)); // a VERIFY with a PIN
        BridgeOptions impatient = BridgeOptions.defaults().withApduTimeout(Duration.ofMillis(500));
        try (BridgeListener quick = BridgeListener.open(new BridgeAddress("127.0.0.1", 0), impatient);
             VpcdConnector phone = new VpcdConnector(slowVerify,
                     phoneOptions().withAddress("127.0.0.1", quick.address().port())).start()) {
            try (BridgeTransport card = quick.awaitCard(WAIT, events::add)) {
                JpkiQueries.selectJpki(card);
                byte[] wrongPin = CommandApdu.of(0x00, 0x20, 0x00, JpkiQueries.AUTH_PIN, "9999".getBytes(StandardCharsets.US_ASCII)).encode();
                TransportException e = assertThrows(TransportException.class, () -> card.exchange(wrongPin));
                assertEquals(Reason.TIMEOUT, e.reason());
                assertEquals(Reason.TIMEOUT, assertThrows(TransportException.class, () -> card.exchange(wrongPin)).reason());
            }
            // the card finishes the slow VERIFY, its late answer goes nowhere, and the phone comes back
            try (BridgeTransport again = quick.awaitCard(WAIT, events::add)) {
                assertEquals(2, JpkiQueries.triesLeft(again, JpkiQueries.AUTH_PIN), "one try spent: the VERIFY ran once");
            }
            assertEquals(List.of("A4", "20", "A4", "20"), slowVerify.seen());
        }
    }

    @Test
    void aPhoneThatGoesAwayMidCommandIsACardRemoved() throws Exception {
        RecordingCard slowSign = new RecordingCard(newCard("card.json"), apdu -> apdu[1] == 0x2A, Duration.ofSeconds(3));
        VpcdConnector phone = new VpcdConnector(slowSign, phoneOptions()).start();
        try (BridgeTransport card = bridge.awaitCard(WAIT, events::add)) {
            assertEquals(0x9000, JpkiQueries.verify(card, JpkiQueries.AUTH_PIN, "1234"));
            Thread closer = new Thread(() -> {
                sleep(300);
                phone.close(); // the card leaves the field during the signature: the app drops the connection
            });
            closer.start();
            long start = System.nanoTime();
            TransportException e = assertThrows(TransportException.class,
                    () -> card.transmit(JpkiOverBridge.signCommand("x".getBytes(StandardCharsets.UTF_8))));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertEquals(Reason.CARD_REMOVED, e.reason(), e.getMessage());
            assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "reported after " + took);
            closer.join();
        } finally {
            phone.close();
        }
        assertEquals(1, slowSign.seen().stream().filter("2A"::equals).count());
    }

    private void awaitRefusals(int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (events.stream().filter(BridgeEvent.PhoneRefused.class::isInstance).count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + count + " refusals: " + events);
            }
            Thread.sleep(10);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
