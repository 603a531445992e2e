/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.bridge;

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
import dev.mynacard.sim.host.SimulatorProcess;
import dev.mynacard.sim.interop.JpkiQueries;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator's command line ({@code mynacard-simulator --vpcd 127.0.0.1:PORT --state FILE}) as
 * the phone, in a process of its own, connecting to the bridge the way the app does.
 */
class BridgeSimulatorProcessTest {
    /** A fresh JVM, and the card's keys made on first use. */
    private static final Duration START_WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void theSimulatorProcessServesJpkiThroughTheBridgeAndItsDeathIsACardRemoved() throws Exception {
        List<BridgeEvent> events = new CopyOnWriteArrayList<>();
        try (BridgeListener bridge = BridgeListener.open(new BridgeAddress("127.0.0.1", 0), BridgeOptions.defaults());
             SimulatorProcess phone = SimulatorProcess.start(dir, "--state", dir.resolve("card.json").toString(),
                     "--vpcd", bridge.address().hostPort());
             BridgeTransport card = bridge.awaitCard(START_WAIT, events::add)) {
            assertEquals(List.of(BridgeEvent.Listening.class, BridgeEvent.PhoneConnected.class, BridgeEvent.CardPresent.class),
                    events.stream().map(Object::getClass).toList());
            assertEquals("card present (ATR 3B E0 00 FF 81 31 FE 45 14)", events.get(2).message());

            JpkiQueries.selectJpki(card);
            assertEquals(0x63C3, card.transmit(CommandApdu.of(0x00, 0x20, 0x00, JpkiQueries.AUTH_PIN)).sw());
            JpkiOverBridge.assertSignatureVerifies(card);

            byte[] query = CommandApdu.of(0x00, 0x20, 0x00, JpkiQueries.AUTH_PIN).encode();
            CompletableFuture<Void> busy = CompletableFuture.runAsync(() -> {
                try {
                    while (true) {
                        card.exchange(query);
                    }
                } catch (TransportException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            long killed = System.nanoTime();
            phone.kill();

            ExecutionException failed = assertThrows(ExecutionException.class, () -> busy.get(10, TimeUnit.SECONDS));
            Duration took = Duration.ofNanos(System.nanoTime() - killed);
            TransportException e = (TransportException) failed.getCause().getCause();
            assertEquals(Reason.CARD_REMOVED, e.reason(), e.getMessage());
            assertTrue(took.compareTo(Duration.ofSeconds(2)) < 0, "reported " + took + " after the kill");
            assertEquals(Reason.CARD_REMOVED, assertThrows(TransportException.class, () -> card.exchange(query)).reason());
        }
    }
}
