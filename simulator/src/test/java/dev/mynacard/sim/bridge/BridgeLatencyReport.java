/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mynacard.apdu.CardTransport;
import dev.mynacard.apdu.CommandApdu;
import dev.mynacard.apdu.bridge.BridgeAddress;
import dev.mynacard.apdu.bridge.BridgeListener;
import dev.mynacard.apdu.bridge.BridgeOptions;
import dev.mynacard.apdu.bridge.BridgeTransport;
import dev.mynacard.sim.host.CardHost;
import dev.mynacard.sim.host.PersistentCard;
import dev.mynacard.sim.host.SimulatorProcess;
import dev.mynacard.sim.interop.JpkiQueries;
import dev.mynacard.sim.issue.DefaultCard;
import dev.mynacard.apdu.vpcd.VpcdOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints what an APDU costs through the bridge with the simulated card as the phone: the retry
 * query (empty VERIFY) round trip and an RSA-2048 signature, with the card in this JVM and in a
 * simulator process. Numbers to read, not timing assertions.
 */
class BridgeLatencyReport {
    private static final int QUERIES = 1000;
    private static final int SIGNATURES = 20;
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void printsRoundTripAndSignatureThroughTheBridge() throws Exception {
        try (BridgeListener bridge = BridgeListener.open(new BridgeAddress("127.0.0.1", 0), BridgeOptions.defaults())) {
            VpcdOptions phone = VpcdOptions.defaults().withAddress("127.0.0.1", bridge.address().port())
                    .withReconnectDelay(Duration.ofMillis(50));
            PersistentCard persistent = PersistentCard.open(dir.resolve("card.json"), DefaultCard::image, warning -> {
                throw new AssertionError(warning);
            });
            for (boolean quickAck : new boolean[] {false, true}) {
                try (CardHost host = CardHost.start(persistent, phone.withQuickAck(quickAck), line -> { });
                     BridgeTransport card = bridge.awaitCard(WAIT, event -> { })) {
                    report("card in this JVM, card side TCP_QUICKACK " + (quickAck ? "on " : "off"), card);
                }
            }
            try (SimulatorProcess process = SimulatorProcess.start(dir, "--state", dir.resolve("process.json").toString(),
                    "--vpcd", bridge.address().hostPort());
                 BridgeTransport card = bridge.awaitCard(WAIT, event -> { })) {
                report("simulator process (--vpcd)             ", card);
                reportSignature(card);
            }
        }
    }

    private static void report(String where, CardTransport card) throws Exception {
        JpkiQueries.selectJpki(card);
        byte[] query = CommandApdu.of(0x00, 0x20, 0x00, JpkiQueries.AUTH_PIN).encode();
        for (int i = 0; i < QUERIES; i++) { // warm-up, JIT included
            card.exchange(query);
        }
        long[] nanos = new long[QUERIES];
        long start = System.nanoTime();
        for (int i = 0; i < QUERIES; i++) {
            long before = System.nanoTime();
            card.exchange(query);
            nanos[i] = System.nanoTime() - before;
        }
        double meanMicros = (System.nanoTime() - start) / 1e3 / QUERIES;
        Arrays.sort(nanos);
        assertEquals(3, JpkiQueries.triesLeft(card, JpkiQueries.AUTH_PIN));
        System.out.printf("through the bridge, %s: retry query round trip mean %.1f µs, median %.1f µs, p99 %.1f µs (%d APDUs)%n",
                where, meanMicros, nanos[QUERIES / 2] / 1e3, nanos[QUERIES * 99 / 100] / 1e3, QUERIES);
    }

    private static void reportSignature(CardTransport card) throws Exception {
        assertEquals(0x9000, JpkiQueries.verify(card, JpkiQueries.AUTH_PIN, "1234"));
        CommandApdu sign = JpkiOverBridge.signCommand("benchmark".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < 3; i++) {
            card.transmit(sign);
        }
        long start = System.nanoTime();
        for (int i = 0; i < SIGNATURES; i++) {
            assertEquals(0x9000, card.transmit(sign).sw());
        }
        System.out.printf("through the bridge, simulator process: RSA-2048 COMPUTE DIGITAL SIGNATURE %.2f ms each (%d signatures)%n",
                (System.nanoTime() - start) / 1e6 / SIGNATURES, SIGNATURES);
    }
}
